import type { Interval } from './intervals';

const DAY_MS = 24 * 60 * 60 * 1000;

// Building a DateTimeFormat is far slower than using one; zones are few, people are many.
const clocks = new Map<string, Intl.DateTimeFormat>();

function clockFor(timeZone: string): Intl.DateTimeFormat {
  const known = clocks.get(timeZone);
  if (known !== undefined) return known;
  let clock: Intl.DateTimeFormat;
  try {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    // A mistyped zone in one person's record must not blank the whole cockpit: read it as UTC.
    clock = clockFor('UTC');
  }
  clocks.set(timeZone, clock);
  return clock;
}

/** How far the zone's wall clock is ahead of UTC at instant `t`, in ms (Paris in winter: one hour). */
export function zoneOffsetAt(timeZone: string, t: number): number {
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of clockFor(timeZone).formatToParts(t)) {
    const value = Number(part.value);
    switch (part.type) {
      case 'year':
        year = value;
        break;
      case 'month':
        month = value;
        break;
      case 'day':
        day = value;
        break;
      case 'hour':
        hour = value % 24;
        break;
      case 'minute':
        minute = value;
        break;
      case 'second':
        second = value;
        break;
      default:
        break;
    }
  }
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  return wallClock - (t - (((t % 1000) + 1000) % 1000));
}

/** The calendar day (month 1-12) that `t` falls on in the zone. */
export function localDayOf(timeZone: string, t: number): { year: number; month: number; day: number } {
  const wall = new Date(t + zoneOffsetAt(timeZone, t));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant when the zone's wall clock shows `hour`:00 on that day (a day past the month's end rolls over).
 * When that wall time does not exist (skipped by a spring-forward), the first instant after the gap.
 */
export function instantOfLocalTime(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
): number {
  const asIfUtc = Date.UTC(year, month - 1, day, hour);
  const firstGuess = zoneOffsetAt(timeZone, asIfUtc);
  const instant = asIfUtc - firstGuess;
  const offset = zoneOffsetAt(timeZone, instant);
  if (offset === firstGuess) return instant;
  const retry = asIfUtc - offset;
  return zoneOffsetAt(timeZone, retry) === offset ? retry : instant;
}

/**
 * The night hours in [from, to), as real instants: each local day's startHour → endHour (wrapping past
 * midnight when endHour < startHour). Per local day, not per fixed 24 h, so a DST night is 5 or 7 hours long.
 */
export function localNights(
  timeZone: string,
  from: number,
  to: number,
  startHour: number,
  endHour: number,
): Interval[] {
  const nights: Interval[] = [];
  if (startHour === endHour || to <= from) return nights;
  // A night that began the local evening before `from` may still be running at `from`.
  const first = localDayOf(timeZone, from - DAY_MS);
  const endsNextDay = endHour < startHour ? 1 : 0;
  for (let i = 0; ; i++) {
    const start = instantOfLocalTime(timeZone, first.year, first.month, first.day + i, startHour);
    if (start >= to) break;
    const end = instantOfLocalTime(timeZone, first.year, first.month, first.day + i + endsNextDay, endHour);
    if (end > from) nights.push({ start: Math.max(start, from), end: Math.min(end, to) });
  }
  return nights;
}
