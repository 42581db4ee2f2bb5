/**
 * What each line of the timeline is, in the IC's words: the kinds the timeline filters by. Only events
 * that tell the incident's story are lines; bookkeeping (stars, the directory, settings, a task's
 * acknowledgement or check-back, retries of a delivery) is not.
 */
import { logEntryKinds, type IncidentEvent } from '../log/events';

export const timelineKinds = [
  'declared',
  'status',
  'severity',
  'command',
  'role',
  'check-in',
  'check-out',
  'rest',
  'assignment',
  'task-assigned',
  'task-finished',
  ...logEntryKinds,
  'stakeholder-update',
  'slack-message',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** The kinds a postmortem's highlights keep, besides starred lines: how the incident itself changed. */
export const turningPointKinds: readonly TimelineKind[] = ['declared', 'status', 'severity', 'command'];

/**
 * The kind of an event's line, or null when the event is not a line of the timeline. A new event type
 * joins the timeline with one case here (and its people in people.ts).
 */
export function timelineKindOf(event: IncidentEvent): TimelineKind | null {
  switch (event.type) {
    case 'incident.declared':
      return 'declared';
    case 'incident.status-changed':
      return 'status';
    case 'incident.severity-changed':
      return 'severity';
    case 'command.handed-over':
      return 'command';
    case 'role.assumed':
    case 'role.renounced':
      return 'role';
    case 'responder.checked-in':
      return 'check-in';
    case 'responder.checked-out':
      return 'check-out';
    case 'rest.started':
    case 'rest.ended':
      return 'rest';
    case 'responder.assignment-changed':
      return 'assignment';
    case 'task.assigned':
      return 'task-assigned';
    case 'task.status-changed':
      // A dropped task is finished too: the line says which.
      return event.payload.to === 'done' || event.payload.to === 'dropped' ? 'task-finished' : null;
    case 'log.entry-added':
      return event.payload.kind;
    case 'broadcast.sent':
      return 'stakeholder-update';
    case 'slack.message-imported':
      return 'slack-message';
    default:
      return null;
  }
}
