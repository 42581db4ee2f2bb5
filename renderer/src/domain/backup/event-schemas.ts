/**
 * One strict zod schema per event type of the log: a backup is checked event by event, unknown keys
 * refused. The compile-time check at the bottom ties them to `IncidentEvent`, so a new event type
 * without its schema here fails the typecheck instead of being refused on import at run time. The
 * incident's own state is here; what is told, learnt and reconciled is in event-schemas-beyond.ts.
 */
import { z } from 'zod';
import { incidentStatuses } from '../incident/types';
import { logEntryKinds, type IncidentEvent } from '../log/events';
import { editablePersonFields } from '../roster/events';
import { checkOutReasons, locations, responderRoles } from '../roster/types';
import { runbookLimits } from '../runbooks/types';
import { fatigueThresholdsSchema } from '../settings/fatigue-settings';
import { loadThresholdsSchema } from '../settings/load-settings';
import { taskCategories, taskStatuses, maxTimeBoxMinutes } from '../tasks/types';
import { epochMs, id, list, maxima, name, person, severity, text, who } from './fields';
import { schemasBeyondTheIncident } from './event-schemas-beyond';
import { runbookDefinition, event } from './event-parts';

const backdated = { backdatedReason: text(maxima.summary).nullable().optional() };
const status = z.enum(incidentStatuses);
const role = z.enum(responderRoles);
const taskPerson = z.strictObject(who);
const tenured = z.strictObject({ ...who, tenureId: id });
const category = z.enum(taskCategories);
const taskStatus = z.enum(taskStatuses);
const minutes = z.number().int().min(0).max(maxTimeBoxMinutes);

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
  ...schemasBeyondTheIncident,
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
