/**
 * The open-tasks series shaped for a chart a person can read: a handful of named bands plus "everyone
 * else", and a table that lists only the moments something changed (the chart is a step chart, so the
 * rows between two changes repeat the one before).
 */
import type { OpenTasksPoint, OpenTasksSeries } from './incident-series';
import { openTasksTableRows, type OpenTasksTableRow } from './table-rows';

/** The id of the band that sums everyone not shown by name. */
export const othersId = '__others__';

/** How many people a chart names before the rest are summed into one band. */
export const defaultNamedBands = 8;

/**
 * Keeps the `named` people who held the most tasks at any moment (ties: first seen first) and sums the
 * others into one band, so the stacked total is unchanged. Rest periods and markers of the folded people
 * are dropped: their band has no single person to mark.
 */
export function foldSeries(series: OpenTasksSeries, named = defaultNamedBands): OpenTasksSeries {
  if (series.personIds.length <= named) return series;
  const peak = new Map(series.personIds.map((id) => [id, 0]));
  for (const point of series.points) {
    for (const id of series.personIds) peak.set(id, Math.max(peak.get(id) ?? 0, point[id] ?? 0));
  }
  const order = series.personIds.map((id, index) => ({ id, index, peak: peak.get(id) ?? 0 }));
  order.sort((a, b) => b.peak - a.peak || a.index - b.index);
  const kept = new Set(order.slice(0, named).map((entry) => entry.id));
  const personIds = series.personIds.filter((id) => kept.has(id));
  const folded = series.personIds.filter((id) => !kept.has(id));
  const points = series.points.map((point): OpenTasksPoint => {
    const next: OpenTasksPoint = { t: point.t };
    for (const id of personIds) next[id] = point[id] ?? 0;
    let others = 0;
    for (const id of folded) others += point[id] ?? 0;
    next[othersId] = others;
    return next;
  });
  return {
    ...series,
    personIds: [...personIds, othersId],
    points,
    markers: series.markers.filter((marker) => kept.has(marker.personId)),
    restPeriods: series.restPeriods.filter((rest) => kept.has(rest.personId)),
  };
}

/** The table's rows: the first sample, every sample where someone's count changed, and the last one. */
export function changedTableRows(series: OpenTasksSeries): OpenTasksTableRow[] {
  const rows = openTasksTableRows(series);
  return rows.filter((row, index) => {
    const previous = rows[index - 1];
    if (previous === undefined || index === rows.length - 1) return true;
    return row.openTasks.some((count, column) => count !== previous.openTasks[column]);
  });
}
