/**
 * The incident log's typed events: the source of truth. Each carries enough to redo its change, so
 * the state tables can be rebuilt from the log alone, and a log exported from one desktop can be
 * replayed into another.
 */
import type { BroadcastEvent } from '../broadcasts/events';
import type { DrillEvent } from '../drills/events';
import type { IncidentStatus, Severity } from '../incident/types';
import type { PostmortemEvent } from '../postmortem/events';
import type { ConflictRecorded } from '../room/events';
import type { RosterEvent } from '../roster/events';
import type { SettingsEvent } from '../settings/events';
import type { SlackImportEvent } from '../slack-import/events';
import type { RunbookEvent } from '../runbooks/events';
import type { TaskEvent } from '../tasks/events';
import type { EventOf } from './event-of';

export type { EventOf } from './event-of';

export const logEntryKinds = ['fact', 'hypothesis', 'decision', 'action', 'note'] as const;
export type LogEntryKind = (typeof logEntryKinds)[number];

export type IncidentDeclared = EventOf<
  'incident.declared',
  {
    title: string;
    severity: Severity;
    commanderId: string;
    commanderName: string;
    summary: string;
    isDrill: boolean;
  }
>;
/**
 * Why the line is dated earlier than it was recorded (see domain/log/recorded-time.ts); null when it
 * was recorded as it happened. Absent on events written before it existed: read it as null.
 */
type Backdated = { backdatedReason?: string | null };
export type StatusChanged = EventOf<
  'incident.status-changed',
  { from: IncidentStatus; to: IncidentStatus } & Backdated
>;
export type SeverityChanged = EventOf<
  'incident.severity-changed',
  { from: Severity; to: Severity } & Backdated
>;
export type LogEntryAdded = EventOf<
  'log.entry-added',
  { kind: LogEntryKind; text: string; author: string } & Backdated
>;
export type LogEntryStarred = EventOf<'log.entry-starred', { entryId: string; starred: boolean }>;

export type IncidentEvent =
  | IncidentDeclared
  | StatusChanged
  | SeverityChanged
  | LogEntryAdded
  | LogEntryStarred
  | RosterEvent
  | SettingsEvent
  | TaskEvent
  | RunbookEvent
  | BroadcastEvent
  | SlackImportEvent
  | PostmortemEvent
  | DrillEvent
  | ConflictRecorded;

export type IncidentEventType = IncidentEvent['type'];
export type EventPayload<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>['payload'];

/** What a log row shows: a typed entry, an automatic entry for a state change, or a Slack message. */
export type LogCategory = LogEntryKind | 'system' | 'slack';

/** Events that mark other entries (stars) are bookkeeping, not lines of the log. */
export function logCategoryOf(event: IncidentEvent): LogCategory | null {
  switch (event.type) {
    case 'log.entry-added':
      return event.payload.kind;
    case 'log.entry-starred':
    case 'log.entry-tagged':
    case 'person.added':
    case 'person.updated':
    case 'settings.changed':
    case 'broadcast.cadence-changed':
    case 'runbook.saved':
    case 'runbook.deleted':
    case 'drill.acted': // The game master's pause, skip or tick: the players' log must not give the script away.
    case 'slack.message-edited':
    case 'slack.message-deleted':
      // An edit or a deletion changes how the imported message's own line reads; it is not a line itself.
      return null;
    case 'slack.message-imported':
      return 'slack';
    default:
      return 'system';
  }
}
