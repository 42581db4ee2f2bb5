/**
 * The strict schemas of the events beyond the incident's own state (event-schemas.ts has those): what is told
 * (stakeholder updates, the incident's Slack channel and conversation), what is learnt (the postmortem,
 * drills) and what is reconciled (a conflict between desks of a shared war room).
 */
import { z } from 'zod';
import { slackLimits } from '../broadcasts/limits';
import { broadcastTriggers } from '../broadcasts/events';
import { drillActionKinds } from '../drills/events';
import { scenarioFileSchema } from '../drills/schema';
import { injectKinds, scenarioLimits } from '../drills/types';
import { entryTags, postmortemStatuses } from '../postmortem/events';
import { conflictKinds } from '../room/conflicts';
import { incidentStatuses } from '../incident/types';
import { responderRoles } from '../roster/types';
import { channelRef, epochMs, id, list, maxima, name, severity, template, text, who } from './fields';
import {
  block,
  cadence,
  cadenceChoice,
  delivery,
  sectionText,
  sections,
  slackTs,
  event,
} from './event-parts';

const status = z.enum(incidentStatuses);
const role = z.enum(responderRoles);
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

export const schemasBeyondTheIncident = [
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
