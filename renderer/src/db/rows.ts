/**
 * Row shapes of the tables later features fill. Each row is a fact with its times; what is derived
 * from them (fatigue, nudges, what is due) is computed, never stored.
 */
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

export type BroadcastRow = {
  id: string;
  incidentId: string;
  channelId: string;
  createdAt: number;
  text: string;
  blocks: unknown[];
};

/** Device-local delivery state of a broadcast: not an event, since each desktop delivers its own. */
export type OutboxRow = {
  id: string;
  broadcastId: string;
  state: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: number;
};

export type SettingRow = { key: string; value: unknown };
