/**
 * Rows for each chart's "show as table" toggle: the same numbers as the chart, rounded the way the chart's
 * tooltips show them, so the two never disagree.
 */
import type { CurrentLoad } from './current-load';
import type { ResponderHours, SeverityFigures } from './cross-incident';
import type { OpenTasksSeries } from './incident-series';

/** Rounds for display (half away from zero), e.g. hours to one decimal. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

export type OpenTasksTableRow = { t: number; openTasks: number[]; total: number };

/** One row per sample; `openTasks` follows `series.personIds`, the table's columns. */
export function openTasksTableRows(series: OpenTasksSeries): OpenTasksTableRow[] {
  return series.points.map((point) => {
    const openTasks = series.personIds.map((personId) => point[personId] ?? 0);
    return { t: point.t, openTasks, total: openTasks.reduce((sum, count) => sum + count, 0) };
  });
}

/** Current load with duty time in whole minutes. */
export function currentLoadTableRows<Fatigue>(load: readonly CurrentLoad<Fatigue>[]): CurrentLoad<Fatigue>[] {
  return load.map((row) => ({ ...row, dutyMinutes: Math.round(row.dutyMinutes) }));
}

/** Hours to one decimal; the total is rounded from the exact sum, as the chart's stack top shows it. */
export function responderHoursTableRows(responders: readonly ResponderHours[]): ResponderHours[] {
  return responders.map((row) => ({
    ...row,
    workingHours: roundTo(row.workingHours, 1),
    lateHours: roundTo(row.lateHours, 1),
    sleepingHours: roundTo(row.sleepingHours, 1),
    totalHours: roundTo(row.totalHours, 1),
  }));
}

/** Medians in whole minutes; null stays null (the table shows a dash). */
export function severityTableRows(figures: readonly SeverityFigures[]): SeverityFigures[] {
  const whole = (value: number | null): number | null => (value === null ? null : Math.round(value));
  return figures.map((row) => ({
    ...row,
    medianTimeToFirstCheckInMinutes: whole(row.medianTimeToFirstCheckInMinutes),
    medianTimeToResolveMinutes: whole(row.medianTimeToResolveMinutes),
  }));
}
