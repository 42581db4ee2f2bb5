/**
 * A responder's incident time split the way incident.io does it, in the person's own time zone: working
 * (08–19), late (19–23) and sleeping (23–08) hours. Night work wears people out most, so it is shown apart.
 */
import { addDays, instantOfLocalHour, localDateAt, type LocalDate } from './local-time';

export type Interval = { start: number; end: number };

export type HoursSplit = { workingMinutes: number; lateMinutes: number; sleepingMinutes: number };

/** Local hours at which the bands begin; sleeping runs from 23:00 to the next day's 08:00. */
export const bandStartHours = { working: 8, late: 19, sleeping: 23 } as const;

/** Sorts and merges overlapping or touching intervals, so time on two incidents at once counts once. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

function overlap(start: number, end: number, bandStart: number, bandEnd: number): number {
  return Math.max(0, Math.min(end, bandEnd) - Math.max(start, bandStart));
}

/**
 * Splits the union of the intervals into the three bands. Band edges are found once per local day, so a
 * DST night is 8 or 10 real hours of sleeping time, as the person lived it.
 */
export function splitHours(intervals: readonly Interval[], timeZone: string): HoursSplit {
  const totals = { working: 0, late: 0, sleeping: 0 };
  const merged = mergeIntervals(intervals);
  const edgesOf = (date: LocalDate): [number, number, number, number] => [
    instantOfLocalHour(timeZone, date, bandStartHours.working),
    instantOfLocalHour(timeZone, date, bandStartHours.late),
    instantOfLocalHour(timeZone, date, bandStartHours.sleeping),
    instantOfLocalHour(timeZone, addDays(date, 1), bandStartHours.working),
  ];

  for (const { start, end } of merged) {
    let date = localDateAt(timeZone, start);
    if (start < edgesOf(date)[0]) date = addDays(date, -1);
    for (;;) {
      const [working, late, sleeping, nextWorking] = edgesOf(date);
      totals.working += overlap(start, end, working, late);
      totals.late += overlap(start, end, late, sleeping);
      totals.sleeping += overlap(start, end, sleeping, nextWorking);
      if (nextWorking >= end) break;
      date = addDays(date, 1);
    }
  }
  return {
    workingMinutes: totals.working / 60_000,
    lateMinutes: totals.late / 60_000,
    sleepingMinutes: totals.sleeping / 60_000,
  };
}
