import { describe, expect, it } from 'vitest';
import {
  changedTableRows,
  foldSeries,
  openTasksOverTime,
  othersId,
  type LoadChange,
} from '../../../../../renderer/src/domain/analytics';
import { atMinute, minute } from './fixtures';

const assign = (m: number, personId: string, taskId: string): LoadChange => ({
  ts: atMinute(m),
  personId,
  kind: 'task-assigned',
  taskId,
});

describe('foldSeries', () => {
  // Peaks: a 3, b 1, c 2, d 1 (c and d each rest once).
  const changes: LoadChange[] = [
    assign(0, 'a', 'a1'),
    assign(0, 'b', 'b1'),
    assign(10, 'c', 'c1'),
    assign(10, 'c', 'c2'),
    assign(20, 'a', 'a2'),
    assign(20, 'a', 'a3'),
    assign(20, 'd', 'd1'),
    { ts: atMinute(25), personId: 'd', kind: 'rest-started' },
    { ts: atMinute(25), personId: 'a', kind: 'rest-started' },
  ];
  const series = openTasksOverTime(changes, { start: atMinute(0), end: atMinute(30), bucketMs: 10 * minute });

  it('names the people with the highest peaks and sums the others, keeping every total', () => {
    const folded = foldSeries(series, 2);
    expect(folded.personIds).toEqual(['a', 'c', othersId]);
    expect(folded.points.map((p) => [p.a, p.c, p[othersId]])).toEqual([
      [1, 0, 1],
      [1, 2, 1],
      [3, 2, 2],
      [3, 2, 2],
    ]);
    expect(folded.restPeriods.map((r) => r.personId)).toEqual(['a']);
    expect(folded.markers.map((m) => m.personId)).toEqual(['a']);
  });

  it('leaves a series with few enough people as it is', () => {
    expect(foldSeries(series, 4)).toBe(series);
  });
});

describe('changedTableRows', () => {
  it('lists the first sample, each change and the last sample', () => {
    const series = openTasksOverTime([assign(0, 'a', 't1'), assign(25, 'a', 't2')], {
      start: atMinute(0),
      end: atMinute(50),
      bucketMs: 10 * minute,
    });
    expect(changedTableRows(series).map((row) => [(row.t - atMinute(0)) / minute, row.total])).toEqual([
      [0, 1],
      [30, 2],
      [50, 2],
    ]);
  });
});
