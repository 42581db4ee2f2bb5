import { describe, expect, it } from 'vitest';
import { openTasksOverTime, type LoadChange } from '../../../../../renderer/src/domain/analytics';
import { atMinute, incidentChanges, minute } from './fixtures';

describe('openTasksOverTime', () => {
  it('samples each responder’s open tasks, including someone who checked in twice', () => {
    const series = openTasksOverTime(incidentChanges, {
      start: atMinute(0),
      end: atMinute(90),
      bucketMs: 10 * minute,
    });
    expect(series.personIds).toEqual(['alice', 'bob']);
    expect(series.bucketMs).toBe(10 * minute);
    expect(series.points.map((p) => [(p.t - atMinute(0)) / minute, p['alice'], p['bob']])).toEqual([
      [0, 0, 0],
      [10, 2, 0],
      [20, 2, 1],
      [30, 1, 2],
      [40, 1, 2],
      [50, 1, 2],
      [60, 1, 2],
      [70, 1, 2],
      [80, 0, 2],
      [90, 0, 2],
    ]);
    expect(series.markers.map((m) => [(m.t - atMinute(0)) / minute, m.personId, m.kind])).toEqual([
      [0, 'alice', 'checked-in'],
      [0, 'bob', 'checked-in'],
      [20, 'alice', 'checked-out'],
      [40, 'alice', 'checked-in'],
      [50, 'bob', 'rest-started'],
      [65, 'bob', 'rest-ended'],
    ]);
    expect(series.restPeriods).toEqual([
      { personId: 'bob', start: atMinute(50), end: atMinute(65), ongoing: false },
    ]);
  });

  it('starts from the state before the window, and marks only what happens inside it', () => {
    const series = openTasksOverTime(incidentChanges, {
      start: atMinute(55),
      end: atMinute(60),
      bucketMs: 5 * minute,
    });
    expect(series.points).toEqual([
      { t: atMinute(55), alice: 1, bob: 2 },
      { t: atMinute(60), alice: 1, bob: 2 },
    ]);
    expect(series.markers).toEqual([]);
    expect(series.restPeriods).toEqual([
      { personId: 'bob', start: atMinute(55), end: atMinute(60), ongoing: true },
    ]);
  });

  it('gives a 0 to people before they arrive, so the stack has no holes', () => {
    const changes: LoadChange[] = [
      { ts: atMinute(0), personId: 'alice', kind: 'task-assigned', taskId: 'a' },
      { ts: atMinute(20), personId: 'dave', kind: 'task-assigned', taskId: 'd' },
    ];
    const series = openTasksOverTime(changes, {
      start: atMinute(0),
      end: atMinute(30),
      bucketMs: 10 * minute,
    });
    expect(series.points[0]).toEqual({ t: atMinute(0), alice: 1, dave: 0 });
    expect(series.points[3]).toEqual({ t: atMinute(30), alice: 1, dave: 1 });
  });

  it('widens the buckets to stay within the point cap and always ends at the window’s end', () => {
    const capped = openTasksOverTime(incidentChanges, {
      start: atMinute(0),
      end: atMinute(90),
      maxPoints: 4,
    });
    expect(capped.bucketMs).toBe(30 * minute);
    expect(capped.points.map((p) => (p.t - atMinute(0)) / minute)).toEqual([0, 30, 60, 90]);
    const ragged = openTasksOverTime(incidentChanges, {
      start: atMinute(0),
      end: atMinute(95),
      bucketMs: 30 * minute,
    });
    expect(ragged.points.map((p) => (p.t - atMinute(0)) / minute)).toEqual([0, 30, 60, 90, 95]);
  });

  it('ignores changes after the window’s end, and people who only appear after it', () => {
    const later: LoadChange = { ts: atMinute(200), personId: 'erin', kind: 'task-assigned', taskId: 'e' };
    const series = openTasksOverTime([...incidentChanges, later], { start: atMinute(0), end: atMinute(90) });
    expect(series.personIds).toEqual(['alice', 'bob']);
    expect(series.points.at(-1)).toEqual({ t: atMinute(90), alice: 0, bob: 2 });
  });
});
