/**
 * How often stakeholders hear from us, and what the cockpit says about it. Derived from stored facts and
 * `now`, never stored: the countdown, the nudges and the prompts are all functions of the same inputs.
 */
import type { IncidentStatus, Severity } from '../incident/types';

/** Minutes between broadcasts per severity; null means "on status change only". */
export type Cadence = Record<Severity, number | null>;

/** DOMAIN.md's typical default; teams change it in settings. */
export const defaultCadence: Cadence = {
  'SEV-1': 30,
  'SEV-2': 60,
  'SEV-3': null,
  'SEV-4': null,
  'SEV-5': null,
};

/** The nudge comes this long before an update is due. */
export const dueSoonMs = 5 * 60_000;
/** After this long past due, "due now" becomes "overdue". */
export const overdueAfterMs = 60_000;

export type CadenceInput = {
  severity: Severity;
  status: IncidentStatus;
  declaredAt: number;
  /** When Slack last had an update (see given.ts), not when one was queued. */
  lastBroadcastAt: number | null;
  /** An update is queued that Slack does not have yet. */
  waitingForSlack?: boolean;
  /** The team's settings; `defaultCadence` unless told. */
  cadence?: Cadence;
  /** This incident's own interval: minutes, null for "on status change only", undefined to follow the settings. */
  cadenceOverride?: number | null;
};

/** Minutes between updates for this incident now, or null when only status changes call for one. */
export function cadenceMinutes(
  input: Pick<CadenceInput, 'severity' | 'cadence' | 'cadenceOverride'>,
): number | null {
  if (input.cadenceOverride !== undefined) return input.cadenceOverride;
  return (input.cadence ?? defaultCadence)[input.severity];
}

/** When the next periodic update is owed (epoch ms), or null: resolved, or status-change-only. */
export function nextUpdateBy(input: CadenceInput): number | null {
  if (input.status === 'resolved') return null;
  const minutes = cadenceMinutes(input);
  if (minutes === null) return null;
  return (input.lastBroadcastAt ?? input.declaredAt) + minutes * 60_000;
}

export type DueState = 'not-due' | 'due-soon' | 'due' | 'overdue';
export type BroadcastDue = {
  state: DueState;
  dueAt: number | null;
  /** Whole minutes until due, rounded up so the countdown never shows 0 while time remains; negative when late. */
  minutesLeft: number | null;
  /** An update is on its way but not in Slack yet: it does not stop the clock until it arrives. */
  waiting: boolean;
};

/** Where the incident stands against its cadence: the countdown and the nudges read this. */
export function broadcastDue(input: CadenceInput & { now: number }): BroadcastDue {
  const dueAt = nextUpdateBy(input);
  const waiting = input.status !== 'resolved' && input.waitingForSlack === true;
  if (dueAt === null) return { state: 'not-due', dueAt: null, minutesLeft: null, waiting };
  const msLeft = dueAt - input.now;
  // `|| 0` turns Math.ceil's -0 into 0, which is what the countdown should show.
  const minutesLeft = Math.ceil(msLeft / 60_000) || 0;
  let state: DueState = 'overdue';
  if (msLeft > dueSoonMs) state = 'not-due';
  else if (msLeft > 0) state = 'due-soon';
  else if (msLeft > -overdueAfterMs) state = 'due';
  return { state, dueAt, minutesLeft, waiting };
}

/** What stakeholders last heard, kept with each sent broadcast so the next one can be compared with it. */
export type BroadcastSnapshot = {
  status: IncidentStatus;
  severity: Severity;
  commanderName: string;
  openTaskCount: number;
  /**
   * Newest log event other than broadcasts themselves: a broadcast is logged too, and must not count as news
   * for the next one.
   */
  latestLogEventId: string | null;
};

/** True when status or severity moved since the last broadcast (or none was sent): stakeholders are owed one. */
export function statusChangePrompt(
  lastBroadcast: BroadcastSnapshot | null,
  current: Pick<BroadcastSnapshot, 'status' | 'severity'>,
): boolean {
  if (lastBroadcast === null) return true;
  return lastBroadcast.status !== current.status || lastBroadcast.severity !== current.severity;
}

/** True when nothing stakeholders could hear about changed, so the composer says so instead of "no news" again. */
export function nothingChangedSince(
  lastBroadcast: BroadcastSnapshot | null,
  current: BroadcastSnapshot,
): boolean {
  if (lastBroadcast === null) return false;
  return (
    lastBroadcast.status === current.status &&
    lastBroadcast.severity === current.severity &&
    lastBroadcast.commanderName === current.commanderName &&
    lastBroadcast.openTaskCount === current.openTaskCount &&
    lastBroadcast.latestLogEventId === current.latestLogEventId
  );
}

/**
 * The broadcasts that came due while the app was closed (after it was last seen running, up to now).
 * The cockpit lists them for the IC to decide; they are never sent on their own.
 */
export function missedWhileClosed<T extends { dueAt: number | null }>(input: {
  due: readonly T[];
  lastSeenAt: number;
  now: number;
}): T[] {
  return input.due.filter(
    (item) => item.dueAt !== null && item.dueAt > input.lastSeenAt && item.dueAt <= input.now,
  );
}

export type DueBroadcastAction = 'none' | 'nudge' | 'ask-ic' | 'auto-send';

/**
 * What the cockpit does about a due broadcast: a broadcast goes out on its own only on an incident set to
 * auto-send, and never one that came due while the app was closed.
 */
export function dueBroadcastAction(input: {
  due: BroadcastDue;
  autoSend: boolean;
  cameDueWhileClosed: boolean;
}): DueBroadcastAction {
  switch (input.due.state) {
    case 'not-due':
      return 'none';
    case 'due-soon':
      return 'nudge';
    case 'due':
    case 'overdue':
      return input.autoSend && !input.cameDueWhileClosed ? 'auto-send' : 'ask-ic';
  }
}
