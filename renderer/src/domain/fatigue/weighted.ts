import { clipIntervals, totalDuration, type Interval } from './intervals';
import type { FatigueThresholds } from './thresholds';
import type { NightCounted } from './types';

const MINUTE = 60_000;

/** The night in [from, to), and that span's length with each night minute counted `weight` times. */
export function weighSpan(
  from: number,
  to: number,
  nights: readonly Interval[],
  weight: number,
): { nightMs: number; weightedMs: number } {
  if (to <= from) return { nightMs: 0, weightedMs: 0 };
  const nightMs = totalDuration(clipIntervals(nights, from, to));
  return { nightMs, weightedMs: to - from + (weight - 1) * nightMs };
}

/**
 * The instant at which a span starting at `from` reaches `targetMs` of weighted time, assuming the
 * work goes on: before it when night hours fall in between. `nights` are sorted, disjoint, and cover
 * at least [from, from + targetMs).
 */
export function instantWeightedReaches(
  from: number,
  targetMs: number,
  nights: readonly Interval[],
  weight: number,
): number {
  let cursor = from;
  let left = targetMs;
  for (const night of nights) {
    if (night.end <= cursor) continue;
    // Daytime up to this night counts minute for minute.
    const day = Math.max(0, night.start - cursor);
    if (day >= left) return cursor + left;
    left -= day;
    cursor = Math.max(cursor, night.start);
    const nightLeft = night.end - cursor;
    if (nightLeft * weight >= left) return cursor + Math.ceil(left / weight);
    left -= nightLeft * weight;
    cursor = night.end;
  }
  return cursor + left;
}

/** A stretch of work or a shift as the limits see it: real length, counted length, and the night in it. */
export type CountedSpan = { ms: number; weightedMs: number; night: NightCounted };

/**
 * How the continuous-work and duty limits count time under these thresholds: night-weighted when
 * `nightCountsTowardLimits` is on, minute for minute otherwise.
 */
export function limitClock(t: FatigueThresholds, nights: readonly Interval[]) {
  const weight = t.nightCountsTowardLimits ? t.nightWeight : 1;
  const none: CountedSpan = { ms: 0, weightedMs: 0, night: {} };
  return {
    none,
    span(from: number, to: number): CountedSpan {
      const { nightMs, weightedMs } = weighSpan(from, to, nights, weight);
      const night =
        weight > 1 && nightMs >= MINUTE
          ? { nightMinutes: Math.floor(nightMs / MINUTE), weightedMinutes: Math.floor(weightedMs / MINUTE) }
          : {};
      return { ms: Math.max(0, to - from), weightedMs, night };
    },
    /** When a span starting at `from` reaches `limitMinutes` of counted time, if the work goes on. */
    reaches(from: number, limitMinutes: number): number {
      return instantWeightedReaches(from, limitMinutes * MINUTE, nights, weight);
    },
  };
}
