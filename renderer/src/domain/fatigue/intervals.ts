/** A stretch of time in epoch ms UTC, start included, end excluded. */
export type Interval = { start: number; end: number };

/** Sorts and joins overlapping or touching intervals, so time on two incidents at once counts once. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && start <= last.end) {
      last.end = Math.max(last.end, end);
    } else {
      merged.push({ start, end });
    }
  }
  return merged;
}

/** The parts of `base` not covered by `cut`: duty minus rests gives the time actually worked. */
export function subtractIntervals(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const kept: Interval[] = [];
  const holes = mergeIntervals(cut);
  let first = 0;
  for (const { start, end } of mergeIntervals(base)) {
    let cursor = start;
    while (first < holes.length && (holes[first]?.end ?? Infinity) <= cursor) first++;
    for (let k = first; k < holes.length && cursor < end; k++) {
      const hole = holes[k];
      if (hole === undefined || hole.start >= end) break;
      if (hole.start > cursor) kept.push({ start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
    }
    if (cursor < end) kept.push({ start: cursor, end });
  }
  return kept;
}

/** The time covered by both lists, e.g. work that fell in the night. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const left = mergeIntervals(a);
  const right = mergeIntervals(b);
  const both: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i];
    const y = right[j];
    if (x === undefined || y === undefined) break;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (end > start) both.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return both;
}

/** Cuts every interval to the window [from, to) and drops what falls outside. */
export function clipIntervals(intervals: readonly Interval[], from: number, to: number): Interval[] {
  const clipped: Interval[] = [];
  for (const { start, end } of intervals) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (e > s) clipped.push({ start: s, end: e });
  }
  return clipped;
}

/** Total length in ms; assumes the intervals do not overlap (merge them first). */
export function totalDuration(intervals: readonly Interval[]): number {
  let total = 0;
  for (const { start, end } of intervals) total += end - start;
  return total;
}
