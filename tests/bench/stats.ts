/** Summary statistics for bench samples. Percentiles use the nearest-rank method: always a real sample. */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no samples to summarise');
  return [...values].sort((a, b) => a - b);
}

/** The middle sample (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1
    ? (ordered[middle] ?? 0)
    : ((ordered[middle - 1] ?? 0) + (ordered[middle] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest sample with at least p% of samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const ordered = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * ordered.length));
  return ordered[Math.min(rank, ordered.length) - 1] ?? 0;
}

/** The 99th percentile: for 200 samples, the third slowest. */
export function p99(values: readonly number[]): number {
  return percentile(values, 99);
}

export function mean(values: readonly number[]): number {
  return sorted(values).reduce((sum, value) => sum + value, 0) / values.length;
}

export function max(values: readonly number[]): number {
  return sorted(values).at(-1) ?? 0;
}

/** Rounds for display and the results file: sub-millisecond noise is not a finding. */
export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
