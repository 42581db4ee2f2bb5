/** One check-in → check-out on one incident; `end` null while still checked in. Epoch ms UTC. */
export type DutyInterval = { incidentId: string; start: number; end: number | null };

/** A rest taken while checked in; `end` null while still resting. */
export type RestPeriod = { start: number; end: number | null };

/** What the fatigue model needs to know about one responder. */
export type FatiguePerson = {
  personId: string;
  name: string;
  /** IANA zone where the person lives, e.g. 'Europe/Paris': their night is their local night. */
  timeZone: string;
  duty: readonly DutyInterval[];
  rests: readonly RestPeriod[];
};

export type FatigueLevel = 'fresh' | 'ok' | 'tired' | 'exhausted';

/** Why a responder is at their level; numbers only, the UI phrases them (en, ja). Minutes are whole. */
export type FatigueReason =
  | ({ kind: 'duty-hard-max'; dutyMinutes: number; reachedAt: number } & NightCounted)
  | ({ kind: 'duty-limit'; dutyMinutes: number; reachedAt: number } & NightCounted)
  | ({ kind: 'continuous-work'; minutes: number; breakDueAt: number } & NightCounted)
  | { kind: 'work-rest-balance'; workMinutes: number; restMinutes: number }
  | ({ kind: 'duty-warning'; dutyMinutes: number; reachesLimitAt: number } & NightCounted)
  | { kind: 'night-work'; nightMinutes: number };

/**
 * On a limit reached sooner because of night work: the minutes of that stretch or shift that fell in
 * the person's own night, and what the stretch or shift counts for once they are weighted. Absent when
 * no night hour counted, so the reason speaks of the night only when the night moved the limit.
 */
export type NightCounted = { nightMinutes?: number; weightedMinutes?: number };

/** The model's verdict on one responder at `now`. */
export type FatigueAssessment = {
  personId: string;
  level: FatigueLevel;
  /** Most serious first; empty when there is nothing to say. */
  reasons: FatigueReason[];
  /** Checked in and not resting at `now`. */
  atWork: boolean;
  /** When the responder should stop next (may be past: overdue); null when not at work. */
  restDueAt: number | null;
  /** When the current stretch of work calls for a break; null when not at work. */
  breakDueAt: number | null;
  /** When the current shift reaches the duty limit; null when there is no current shift. */
  dutyLimitAt: number | null;
  /** Start of the first work after the last long rest; null when the last long rest is still going on. */
  shiftStartedAt: number | null;
  /** Time on duty in the current shift, breaks included (a shift's length, as NWCG counts it). */
  dutyMinutes: number;
  /** The same, night minutes weighted up when the thresholds count the night toward limits. */
  weightedDutyMinutes: number;
  /** Time since the last break (short pauses included); 0 once a break has started. */
  continuousMinutes: number;
  /** Work in the balance window (last 24 h by default), each minute once however many incidents. */
  workMinutes24h: number;
  nightMinutes24h: number;
  /** Work with night minutes weighted up. */
  weightedWorkMinutes24h: number;
  /** Time off work in the balance window. */
  restMinutes24h: number;
};
