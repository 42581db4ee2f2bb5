/**
 * Event time and recorded time: a fact noticed at 19:00 about 17:20 is dated 17:20 (`ts`) and recorded
 * at 19:00 (`recordedAt`), so the log and every export read in the order things happened. One rule for
 * check-ins, log entries and status and severity changes.
 */
import { DomainError } from '../errors';
import type { IncidentEvent } from './events';

/** Clocks disagree by a few seconds; within this window "now" is now and needs no reason. */
export const sameMomentMs = 60_000;

/** The earliest an event may be dated (e.g. the declaration), and the refusal's code when it is earlier. */
export type EarliestTime = { ts: number; refusal: string };

export type RecordedTime = { ts: number; backdatedReason: string | null };

/** The start of the minute `ts` falls in: what a time picker to the minute can name. */
function minuteOf(ts: number): number {
  return ts - (((ts % 60_000) + 60_000) % 60_000);
}

/**
 * When an event happened: now by default; another time needs a reason (it rewrites the record of
 * what happened when), and a time in the future is refused. With `earliest`, a time before it is
 * refused too; a time within its minute (the picker's precision) is placed at `earliest` itself, so
 * the line still reads after the declaration or change it follows.
 */
export function checkRecordedTime(
  requested: number | undefined,
  reason: string | undefined,
  now: number,
  earliest?: EarliestTime,
): RecordedTime {
  const floor = (ts: number) => (earliest === undefined ? ts : Math.max(ts, earliest.ts));
  if (requested === undefined || Math.abs(requested - now) <= sameMomentMs) {
    return { ts: floor(requested ?? now), backdatedReason: null };
  }
  if (requested > now) throw new DomainError('time-in-future');
  if (earliest !== undefined && requested < minuteOf(earliest.ts)) throw new DomainError(earliest.refusal);
  const why = (reason ?? '').trim();
  if (why === '') throw new DomainError('backdated-needs-reason');
  return { ts: floor(requested), backdatedReason: why };
}

/** The payload names a reason only when there is one, so a line recorded as it happened reads as before. */
export function withReason(backdatedReason: string | null): { backdatedReason?: string } {
  return backdatedReason === null ? {} : { backdatedReason };
}

/**
 * Whether a line was written down a minute or more after it happened: the log and the exports then say
 * when. An imported Slack message was recorded in Slack at its own time; when War Room imported it is
 * not news.
 */
export function recordedLater(event: IncidentEvent): boolean {
  if (event.type === 'slack.message-imported') return false;
  return event.recordedAt - event.ts >= sameMomentMs;
}

/**
 * Why a line is dated other than when it was recorded, or null. Events recorded before the field
 * existed have no `backdatedReason`: they read as recorded when they happened.
 */
export function backdatedReasonOf(event: IncidentEvent): string | null {
  switch (event.type) {
    case 'log.entry-added':
    case 'incident.status-changed':
    case 'incident.severity-changed':
    case 'responder.checked-in':
      return event.payload.backdatedReason ?? null;
    default:
      return null;
  }
}
