import { describe, expect, it } from 'vitest';
import { taskNudges } from '../../../../../renderer/src/domain/tasks/nudges';
import { member, minutes, owned, t0, task } from './fixtures';

const team = [member('Alice', { isCommander: true }), member('Bob'), member('Carol')];

describe('unassigned tasks', () => {
  it('one nudge names how many and the oldest; warning at first, critical after 5 minutes', () => {
    const tasks = [
      task('b', { title: 'Restart workers', createdAt: t0 + minutes(1) }),
      task('a', { title: 'Fail over DB', createdAt: t0 }),
      owned('c', 'Bob'),
      task('d', { status: 'dropped', statusReason: 'not needed' }),
    ];
    const early = taskNudges({ tasks, team, now: t0 + minutes(4) });
    expect(early).toEqual([
      {
        id: 'tasks:unassigned',
        kind: 'assign-tasks',
        severity: 'warning',
        dueAt: t0,
        facts: { count: 2, taskIds: ['a', 'b'], firstTitle: 'Fail over DB', waitingSince: t0 },
      },
    ]);
    const late = taskNudges({ tasks, team, now: t0 + minutes(5) });
    expect(late.map((n) => [n.kind, n.severity])).toEqual([['assign-tasks', 'critical']]);
  });

  it('says nothing when every open task has an owner', () => {
    expect(taskNudges({ tasks: [owned('a', 'Bob')], team, now: t0 })).toEqual([]);
  });
});

describe('check-back overdue', () => {
  it('nudges once the check-back has passed, critical after a whole second time-box', () => {
    const tasks = [owned('a', 'Bob', { title: 'Fail over DB' }, 15)];
    expect(taskNudges({ tasks, team, now: t0 + minutes(15) - 1 })).toEqual([]);
    const due = taskNudges({ tasks, team, now: t0 + minutes(22) });
    expect(due).toEqual([
      {
        id: 'check-back:a',
        kind: 'check-back-overdue',
        severity: 'warning',
        dueAt: t0 + minutes(15),
        personId: 'Bob',
        personName: 'Bob',
        facts: { taskId: 'a', title: 'Fail over DB', checkBackAt: t0 + minutes(15), overdueMinutes: 7 },
      },
    ]);
    expect(taskNudges({ tasks, team, now: t0 + minutes(30) })[0]?.severity).toBe('critical');
  });

  it('finished, dropped and follow-up tasks have no check-back to miss', () => {
    const tasks = [
      owned('a', 'Bob', { status: 'done' }),
      owned('b', 'Bob', { status: 'dropped', statusReason: 'obsolete' }),
      owned('c', 'Bob', { category: 'follow-up', checkBackAt: null, dueAt: t0 + minutes(60 * 24 * 7) }),
    ];
    expect(taskNudges({ tasks, team, now: t0 + minutes(120) })).toEqual([]);
  });
});

describe('work stranded with someone resting or gone', () => {
  it('"reassign Bob’s 2 tasks" while Bob rests (warning); critical once Carol has checked out', () => {
    const people = [
      member('Alice', { isCommander: true }),
      member('Bob', { standing: 'resting', since: t0 + minutes(5) }),
      member('Carol', { standing: 'checked-out', since: t0 + minutes(8) }),
    ];
    const tasks = [
      owned('a', 'Bob', {}, 60),
      owned('b', 'Bob', { status: 'blocked', statusReason: 'waiting on vendor' }, 60),
      owned('c', 'Bob', { status: 'done' }, 60),
      owned('d', 'Carol', {}, 60),
      owned('e', 'Carol', { category: 'follow-up', checkBackAt: null }, 60),
    ];
    const nudges = taskNudges({ tasks, team: people, now: t0 + minutes(10) });
    expect(nudges.map((n) => [n.id, n.severity, n.kind === 'reassign-tasks' ? n.facts.count : null])).toEqual(
      [
        ['reassign:Carol', 'critical', 1],
        ['reassign:Bob', 'warning', 2],
      ],
    );
    expect(nudges[1]).toMatchObject({
      personName: 'Bob',
      facts: { standing: 'resting', taskIds: ['a', 'b'] },
    });
  });
});

describe('one person holding much more than the others', () => {
  const load = (counts: Record<string, number>) =>
    Object.entries(counts).flatMap(([name, n]) =>
      Array.from({ length: n }, (_, i) => owned(`${name}-${i}`, name, {}, 60)),
    );

  it('at least 3 open tasks and at least twice the median of the others at work', () => {
    const people = [member('Alice', { isCommander: true }), member('Bob'), member('Carol'), member('Dan')];
    const nudges = taskNudges({ tasks: load({ Bob: 4, Carol: 2, Dan: 1 }), team: people, now: t0 });
    // Bob 4 vs the others' median (2 + 1) / 2 = 1.5: 4 ≥ 3.
    expect(nudges).toEqual([
      expect.objectContaining({
        id: 'load:Bob',
        kind: 'task-load',
        severity: 'info',
        facts: { count: 4, othersMedian: 1.5, taskIds: ['Bob-0', 'Bob-1', 'Bob-2', 'Bob-3'] },
      }),
    ]);
  });

  it('no nudge when the load is even, below 3 tasks, or nobody else is at work', () => {
    const people = [member('Bob'), member('Carol'), member('Dan')];
    expect(taskNudges({ tasks: load({ Bob: 3, Carol: 3, Dan: 3 }), team: people, now: t0 })).toEqual([]);
    expect(taskNudges({ tasks: load({ Bob: 2 }), team: people, now: t0 })).toEqual([]);
    expect(taskNudges({ tasks: load({ Bob: 5, Carol: 3, Dan: 3 }), team: people, now: t0 })).toEqual([]);
    expect(taskNudges({ tasks: load({ Bob: 5 }), team: [member('Bob')], now: t0 })).toEqual([]);
  });

  it('leaves the commander and resting people out of "the others"', () => {
    const people = [
      member('Alice', { isCommander: true }),
      member('Bob'),
      member('Carol', { standing: 'resting' }),
    ];
    // Only Bob is at work and not in command: nobody to share with, so no load nudge (Carol's rest is nudged anyway).
    const tasks = load({ Bob: 4 });
    expect(taskNudges({ tasks, team: people, now: t0 })).toEqual([]);
    const withDan = taskNudges({ tasks, team: [...people, member('Dan')], now: t0 });
    expect(withDan.map((n) => n.id)).toEqual(['load:Bob']);
  });
});

it('orders the board’s nudges: critical first, then what came due earliest', () => {
  const tasks = [
    task('u', { createdAt: t0 + minutes(10) }),
    owned('late', 'Bob', {}, 1),
    owned('later', 'Carol', {}, 5),
  ];
  const nudges = taskNudges({ tasks, team, now: t0 + minutes(12) });
  expect(nudges.map((n) => [n.id, n.severity])).toEqual([
    ['check-back:late', 'warning'],
    ['check-back:later', 'warning'],
    ['tasks:unassigned', 'warning'],
  ]);
  const later = taskNudges({ tasks, team, now: t0 + minutes(17) });
  // 16 min past `late` (a whole time-box), 7 min unassigned: both critical, the earlier one first.
  expect(later.map((n) => [n.id, n.severity])).toEqual([
    ['check-back:late', 'critical'],
    ['tasks:unassigned', 'critical'],
    ['check-back:later', 'warning'],
  ]);
});
