/**
 * Row shapes of the tables later features fill. Each row is a fact with its times; what is derived
 * from them (fatigue, nudges, what is due) is computed, never stored.
 */
import type { BackupScope } from '../domain/backup/format';
import type { LoadMinute } from '../domain/analytics/load-minutes';
import type { BroadcastPlan, BroadcastRecord, Delivery } from '../domain/broadcasts';
import type { CheckInFact, Person, RestFact, TenureFact } from '../domain/roster/types';
import type { Runbook } from '../domain/runbooks/types';
import type { Task } from '../domain/tasks/types';

export type StarRow = { eventId: string; incidentId: string; starredAt: number };

export type PersonRow = Person & { createdAt: number; updatedAt: number };

export type CheckInRow = CheckInFact;
export type RoleTenureRow = TenureFact;
export type RestRow = RestFact;

export type TaskRow = Task;

export type RunbookRow = Runbook;

export type BroadcastRow = BroadcastRecord;

/** Device-local delivery state of a broadcast: not an event, since each desktop delivers its own. */
export type OutboxRow = Delivery;

/** Who hears about an incident and how often, and its war-room channel in Slack. */
export type BroadcastPlanRow = BroadcastPlan;

export type SettingRow = { key: string; value: unknown };

/** How many lines an incident's log has; its own row so a new line does not touch the incident's row. */
export type LogCountRow = { incidentId: string; count: number };

/**
 * How many times an incident's tasks have changed: the board watches this one row, so a log line (or a
 * broadcast, a check-in) never makes it read 2,000 tasks again.
 */
export type TaskRevisionRow = { incidentId: string; revision: number };

/** A minute of an incident in which someone's load changed (domain/analytics/load-minutes.ts). */
export type LoadMinuteRow = LoadMinute;

/**
 * A backup file imported on this desktop: device-local (like the outbox), so the preview can say "this file
 * was imported here on …". Not an event: another desktop's imports are not this one's history.
 */
export type ImportRow = {
  id: string;
  /** The file's own checksum (`sha256:…`): the same file imported again has the same one. */
  checksum: string;
  scope: BackupScope;
  importedAt: number;
  added: number;
  alreadyHere: number;
  outboxAdded: number;
};

/**
 * An event in this desk's room ledger. One this desk wrote while in a room is queued in the same
 * transaction as the event itself so the room's stream gets every one: `waiting` until the stream has
 * stored it (a "duplicate" ack counts), then `sent` with the stream's sequence until this desk reads it
 * back in stream order, then `published`. Another desk's event gets a `published` row with its sequence
 * as it is received. Device-local: the sequences are what a replay in stream order sorts by.
 */
export type SyncOutboxRow = {
  eventId: string;
  incidentId: string;
  queuedAt: number;
  attempts: number;
  lastError: string | null;
  lastTriedAt: number | null;
  state: 'waiting' | 'sent' | 'published';
  /** The room stream's sequence once published. */
  seq: number | null;
};

/**
 * The one row (key `room`) saying which room this desk has joined (null: none, a desk alone) and the last
 * sequence of the room's stream it has applied, where reading resumes after a restart or a reconnect.
 */
export type RoomStateRow = {
  key: 'room';
  room: string | null;
  joinedAt: number | null;
  appliedSeq: number;
};
