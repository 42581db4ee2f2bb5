/**
 * Row shapes of the tables later features fill. Each row is a fact with its times; what is derived
 * from them (fatigue, nudges, what is due) is computed, never stored.
 */
export type StarRow = { eventId: string; incidentId: string; starredAt: number };

export type PersonRow = {
  id: string;
  name: string;
  team: string;
  contact: string;
  slackUserId: string | null;
  email: string | null;
  timeZone: string;
  createdAt: number;
};

export type CheckInRow = {
  id: string;
  incidentId: string;
  personId: string;
  location: string;
  contact: string;
  assignment: string;
  checkedInAt: number;
  checkedOutAt: number | null;
  checkOutReason: string | null;
};

export type RoleTenureRow = {
  id: string;
  incidentId: string;
  personId: string;
  role: string;
  assumedAt: number;
  renouncedAt: number | null;
};

export type RestRow = {
  id: string;
  incidentId: string;
  personId: string;
  checkInId: string;
  startedAt: number;
  endedAt: number | null;
};

export type TaskRow = {
  id: string;
  incidentId: string;
  title: string;
  description: string;
  category: string;
  ownerId: string | null;
  status: string;
  checkBackAt: number | null;
  acknowledged: boolean;
  createdAt: number;
  updatedAt: number;
};

export type RunbookRow = { id: string; name: string; steps: unknown[]; updatedAt: number };

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
