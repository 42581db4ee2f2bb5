/**
 * One strict zod schema per event type of the log: a backup is checked event by event, unknown keys
 * refused. The compile-time check at the bottom ties them to `IncidentEvent`, so a new event type
 * without its schema here fails the typecheck instead of being refused on import at run time.
 */
import { z } from 'zod';
import { slackLimits } from '../broadcasts/limits';
import { broadcastTriggers } from '../broadcasts/events';
import { drillActionKinds } from '../drills/events';
import { scenarioFileSchema } from '../drills/schema';
import { injectKinds, scenarioLimits } from '../drills/types';
import { incidentStatuses } from '../incident/types';
import { logEntryKinds, type IncidentEvent } from '../log/events';
import { entryTags, postmortemStatuses } from '../postmortem/events';
import { conflictKinds } from '../room/conflicts';
import { editablePersonFields } from '../roster/events';
import { checkOutReasons, locations, responderRoles } from '../roster/types';
import { runbookLimits } from '../runbooks/types';
import { fatigueThresholdsSchema } from '../settings/fatigue-settings';
import { loadThresholdsSchema } from '../settings/load-settings';
import { taskCategories, taskStatuses, maxTimeBoxMinutes } from '../tasks/types';
import { channelRef, epochMs, id, list, maxima, name, person, severity, template, text, who } from './fields';
import {
  block,
  cadence,
  cadenceChoice,
  delivery,
  runbookDefinition,
  sectionText,
  sections,
  slackTs,
  event,
} from './event-parts';

const backdated = { backdatedReason: text(maxima.summary).nullable().optional() };
const status = z.enum(incidentStatuses);
const role = z.enum(responderRoles);
const taskPerson = z.strictObject(who);
const tenured = z.strictObject({ ...who, tenureId: id });
const category = z.enum(taskCategories);
const taskStatus = z.enum(taskStatuses);
const minutes = z.number().int().min(0).max(maxTimeBoxMinutes);
const conflictSide = z.strictObject({
  eventId: id,
  type: text(maxima.id).min(1),
  actor: name,
  ts: epochMs,
  decided: z.strictObject({ to: text(maxima.title), from: text(maxima.title).nullable() }),
});
const repair = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('close-tenure'), tenureId: id, at: epochMs }),
  z.strictObject({ kind: z.literal('keep-tenure'), tenureId: id }),
]);

const schemas = [
  event(
    'incident.declared',
    z.strictObject({
      title: text(maxima.title),
      severity,
      commanderId: id,
      commanderName: name,
      summary: text(maxima.summary),
      isDrill: z.boolean(),
    }),
  ),
  event('incident.status-changed', z.strictObject({ from: status, to: status, ...backdated })),
  event('incident.severity-changed', z.strictObject({ from: severity, to: severity, ...backdated })),
  event(
    'log.entry-added',
    z.strictObject({ kind: z.enum(logEntryKinds), text: text(maxima.logEntry), author: name, ...backdated }),
  ),
  event('log.entry-starred', z.strictObject({ entryId: id, starred: z.boolean() })),
  // Roster
  event('person.added', z.strictObject({ person })),
  event('person.updated', z.strictObject({ person })),
  event(
    'person.details-changed',
    z.strictObject({
      ...who,
      person,
      changes: list(
        z.strictObject({
          field: z.enum(editablePersonFields),
          from: text(maxima.shortToken),
          to: text(maxima.shortToken),
        }),
        editablePersonFields.length,
      ),
    }),
  ),
  event(
    'responder.checked-in',
    z.strictObject({
      ...who,
      checkInId: id,
      roles: list(z.strictObject({ tenureId: id, role }), responderRoles.length),
      location: z.enum(locations),
      locationDetail: name,
      contact: name,
      assignment: text(maxima.summary),
      backdatedReason: text(maxima.summary).nullable(),
    }),
  ),
  event(
    'responder.checked-out',
    z.strictObject({ ...who, checkInId: id, reason: z.enum(checkOutReasons), note: text(maxima.summary) }),
  ),
  event('role.assumed', z.strictObject({ ...who, tenureId: id, role })),
  event('role.renounced', z.strictObject({ ...who, tenureId: id, role })),
  event('command.handed-over', z.strictObject({ from: tenured, to: tenured })),
  event('rest.started', z.strictObject({ ...who, restId: id, checkInId: id })),
  event('rest.ended', z.strictObject({ ...who, restId: id })),
  event(
    'responder.assignment-changed',
    z.strictObject({ ...who, checkInId: id, assignment: text(maxima.summary) }),
  ),
  // Settings
  event(
    'settings.changed',
    z.discriminatedUnion('key', [
      z.strictObject({ key: z.literal('fatigueThresholds'), value: fatigueThresholdsSchema }),
      z.strictObject({ key: z.literal('loadThresholds'), value: loadThresholdsSchema }),
      z.strictObject({ key: z.literal('slackStarReaction'), value: text(100) }),
    ]),
  ),
  // Tasks
  event(
    'task.created',
    z.strictObject({
      taskId: id,
      title: text(maxima.title),
      description: text(maxima.summary),
      category,
      timeBoxMinutes: minutes,
      dueAt: epochMs.nullable(),
      origin: z
        .strictObject({
          runbookId: id,
          runbookName: name,
          step: z.number().int().min(0).max(runbookLimits.maxSteps),
        })
        .nullable(),
    }),
  ),
  event(
    'task.assigned',
    z.strictObject({
      taskId: id,
      title: text(maxima.title),
      from: taskPerson.nullable(),
      to: taskPerson,
      checkBackAt: epochMs.nullable(),
    }),
  ),
  event(
    'task.status-changed',
    z.strictObject({
      taskId: id,
      title: text(maxima.title),
      from: taskStatus,
      to: taskStatus,
      reason: text(maxima.summary),
      ownerName: name.nullable(),
    }),
  ),
  event('task.acknowledged', z.strictObject({ ...who, taskId: id, title: text(maxima.title) })),
  event(
    'task.check-back-set',
    z.strictObject({
      taskId: id,
      title: text(maxima.title),
      checkBackAt: epochMs,
      timeBoxMinutes: minutes,
      ownerName: name.nullable(),
    }),
  ),
  event(
    'task.edited',
    z.strictObject({
      taskId: id,
      previousTitle: text(maxima.title),
      title: text(maxima.title),
      description: text(maxima.summary),
      category,
      dueAt: epochMs.nullable(),
    }),
  ),
  // Runbooks
  event(
    'runbook.saved',
    z.strictObject({
      runbookId: id,
      runbook: runbookDefinition,
      how: z.enum(['created', 'edited', 'imported']),
    }),
  ),
  event('runbook.deleted', z.strictObject({ runbookId: id, name: text(runbookLimits.nameMaxLength) })),
  event(
    'runbook.applied',
    z.strictObject({
      runbookId: id,
      runbookName: text(runbookLimits.nameMaxLength),
      taskCount: z.number().int().min(0).max(runbookLimits.maxSteps),
    }),
  ),
  // Broadcasts and the incident's Slack channel
  event(
    'broadcast.queued',
    z.strictObject({
      broadcastId: id,
      template,
      sections,
      blocks: list(block, slackLimits.blocksPerMessage),
      text: text(slackLimits.messageText),
      channels: list(channelRef, 1_000),
      nextUpdateBy: epochMs.nullable(),
      snapshot: z.strictObject({
        status,
        severity,
        commanderName: name,
        openTaskCount: z.number().int().min(0).max(1_000_000),
        latestLogEventId: id.nullable(),
      }),
      trigger: z.enum(broadcastTriggers),
    }),
  ),
  event('broadcast.sent', z.strictObject({ ...delivery, ts: slackTs, permalink: text(maxima.url) })),
  event(
    'broadcast.failed',
    z.strictObject({
      ...delivery,
      code: text(maxima.shortToken),
      slackError: text(maxima.shortToken).nullable(),
      message: text(maxima.slackText),
    }),
  ),
  event(
    'broadcast.duplicate-removed',
    z.strictObject({ ...delivery, ts: slackTs, keptTs: slackTs.nullable() }),
  ),
  event('broadcast.retried', z.strictObject(delivery)),
  event('broadcast.discarded', z.strictObject(delivery)),
  event(
    'broadcast.plan-changed',
    z.strictObject({
      stakeholderChannels: list(channelRef, 1_000),
      cadence: cadenceChoice,
      autoSend: z.boolean(),
      template,
    }),
  ),
  event('broadcast.cadence-changed', z.strictObject({ cadence })),
  event('slack.channel-created', channelRef),
  event(
    'slack.responders-invited',
    z.strictObject({
      ...channelRef.shape,
      people: list(z.strictObject({ ...who, slackUserId: text(maxima.shortToken) })),
    }),
  ),
  event('slack.topic-set', z.strictObject({ ...channelRef.shape, topic: text(maxima.slackText) })),
  event('slack.channel-archived', channelRef),
  // The incident channel's conversation
  event(
    'slack.message-imported',
    z.strictObject({
      channelId: text(maxima.shortToken),
      slackTs,
      threadTs: slackTs.nullable(),
      slackUserId: text(maxima.shortToken).nullable(),
      personId: id.nullable(),
      authorName: name,
      text: text(maxima.slackText),
      permalink: text(maxima.url),
    }),
  ),
  event(
    'slack.message-edited',
    z.strictObject({ channelId: text(maxima.shortToken), slackTs, text: text(maxima.slackText) }),
  ),
  event('slack.message-deleted', z.strictObject({ channelId: text(maxima.shortToken), slackTs })),
  // Postmortem
  event('log.entry-tagged', z.strictObject({ entryId: id, tag: z.enum(entryTags), tagged: z.boolean() })),
  event(
    'postmortem.drafted',
    // The draft's title is built from the incident's with words around it: the summary's cap, not a title's.
    z.strictObject({ title: text(maxima.summary), sections: list(sectionText, 100) }),
  ),
  event('postmortem.section-edited', sectionText),
  event('postmortem.section-regenerated', sectionText),
  event(
    'postmortem.status-changed',
    z.strictObject({ from: z.enum(postmortemStatuses), to: z.enum(postmortemStatuses) }),
  ),
  // Drills: the scenario is checked as its own file is (what it means is checked again when it is read).
  event('drill.started', z.strictObject({ scenario: scenarioFileSchema })),
  event('drill.acted', z.strictObject({ action: z.enum(drillActionKinds), injectId: id.nullable() })),
  event(
    'drill.inject-shown',
    z.strictObject({
      injectId: id,
      contingency: z.boolean(),
      target: role,
      kind: z.enum(injectKinds),
      from: text(scenarioLimits.fromMaxLength),
      text: text(scenarioLimits.textMaxLength),
    }),
  ),
  event(
    'drill.retrospective-saved',
    z.strictObject({
      wentWell: text(maxima.summary),
      lucky: text(maxima.summary),
      improve: text(maxima.summary),
      injects: list(z.strictObject({ injectId: id, note: text(maxima.summary) }), scenarioLimits.maxInjects),
    }),
  ),
  event(
    'room.conflict-recorded',
    z.strictObject({
      conflictId: text(2 * maxima.id + 1).min(1),
      kind: z.enum(conflictKinds),
      subject: z.union([
        z.strictObject({ taskId: id, title: text(maxima.title) }),
        z.strictObject({ incident: z.literal(true) }),
      ]),
      won: conflictSide,
      lost: conflictSide,
      repairs: list(repair, 4),
    }),
  ),
] as const;

/** Every event type the log knows, each with its schema. */
export const eventSchemas: ReadonlyMap<string, (typeof schemas)[number]> = new Map(
  schemas.map((schema) => [schema.shape.type.value, schema]),
);

export const eventSchema = z.discriminatedUnion('type', [...schemas]);

/*
 * Compile-time check: the schemas accept exactly IncidentEvent. Mutual assignability rather than type
 * identity, since the event types are written as intersections (`Who & {...}`) that zod flattens.
 */
type Parsed = z.output<typeof eventSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchEvents: Same<Parsed, IncidentEvent> = true;
void schemasMatchEvents;
