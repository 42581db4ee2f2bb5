/**
 * Wall-clock time in a person's time zone with the runtime's own Intl data (no tz library is installed).
 * Correct across daylight-saving changes: the offset is looked up for each instant, never assumed.
 */

export type LocalDate = { year: number; month: number; day: number };

const day = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, number>();
const maxRemembered = 100_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    const options: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
    } catch {
      // A zone this runtime does not know counts in UTC rather than hiding everyone's figures.
      formatter = new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock at `utcMs` in `timeZone`, expressed as if it were a UTC instant (whole seconds). */
function wallClockAt(timeZone: string, utcMs: number): number {
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) fields[part.type] = Number(part.value);
  const { year = 1970, month = 1, day: date = 1, hour = 0, minute = 0, second = 0 } = fields;
  return Date.UTC(year, month - 1, date, hour, minute, second);
}

/** How far the zone's clock is ahead of UTC at `utcMs`, in ms (negative west of Greenwich). */
export function offsetAt(timeZone: string, utcMs: number): number {
  const wholeSecond = Math.floor(utcMs / 1000) * 1000;
  return wallClockAt(timeZone, wholeSecond) - wholeSecond;
}

/** The local calendar date at `utcMs` in `timeZone`. */
export function localDateAt(timeZone: string, utcMs: number): LocalDate {
  const wall = new Date(utcMs + offsetAt(timeZone, utcMs));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/**
 * The first instant at which the local clock shows `hour`:00 or later on `date`. When the clock skips that
 * hour (spring forward) it is the moment of the jump; when it shows it twice (fall back), the first time.
 */
export function instantOfLocalHour(timeZone: string, date: LocalDate, hour: number): number {
  const key = `${timeZone} ${date.year}-${date.month}-${date.day} ${hour}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    // Same answer for the same question, so remembering it keeps this pure; bounded so it cannot grow forever.
    if (instants.size >= maxRemembered) instants.clear();
    instant = findInstantOfLocalHour(timeZone, date, hour);
    instants.set(key, instant);
  }
  return instant;
}

function findInstantOfLocalHour(timeZone: string, date: LocalDate, hour: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour);
  const offsetBefore = offsetAt(timeZone, wall - day);
  const offsetAfter = offsetAt(timeZone, wall + day);
  const early = wall - Math.max(offsetBefore, offsetAfter);
  const late = wall - Math.min(offsetBefore, offsetAfter);
  if (offsetBefore === offsetAfter) return early;
  const earlyHolds = wallClockAt(timeZone, early) === wall;
  if (earlyHolds) return early;
  const lateHolds = wallClockAt(timeZone, late) === wall;
  if (lateHolds) return late;
  // In the skipped hour: find the jump, the first second whose clock is past `wall`.
  let lo = early;
  let hi = late;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (wallClockAt(timeZone, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
