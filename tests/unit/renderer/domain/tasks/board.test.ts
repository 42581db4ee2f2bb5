import { describe, expect, it } from 'vitest';
import { boardColumns } from '../../../../../renderer/src/domain/tasks/board';
import { openTasksByPerson, median } from '../../../../../renderer/src/domain/tasks/load';
import { minutes, owned, t0, task } from './fixtures';

describe('the board’s columns', () => {
  it('one column per status in board order; unowned first, then the soonest check-back', () => {
    const columns = boardColumns([
      owned('later', 'Bob', {}, 30),
      owned('soon', 'Carol', {}, 5),
      task('new', { createdAt: t0 + minutes(3) }),
      task('old'),
      owned('done-1', 'Bob', { status: 'done', updatedAt: t0 + minutes(1) }),
      owned('done-2', 'Bob', { status: 'done', updatedAt: t0 + minutes(9) }),
      owned('stuck', 'Bob', { status: 'blocked', statusReason: 'vendor' }),
    ]);
    expect(columns.map((c) => [c.status, c.tasks.map((t) => t.id)])).toEqual([
      ['todo', ['old', 'new', 'soon', 'later']],
      ['in-progress', []],
      ['blocked', ['stuck']],
      ['done', ['done-2', 'done-1']],
      ['dropped', []],
    ]);
  });
});

describe('open tasks per person', () => {
  it('counts open incident tasks per owner; follow-ups and closed tasks do not weigh', () => {
    const counts = openTasksByPerson([
      owned('a', 'Bob'),
      owned('b', 'Bob', { status: 'blocked' }),
      owned('c', 'Bob', { status: 'done' }),
      owned('d', 'Bob', { category: 'follow-up', checkBackAt: null }),
      owned('e', 'Carol', { status: 'in-progress' }),
      task('f'),
    ]);
    expect([...counts.entries()]).toEqual([
      ['Bob', 2],
      ['Carol', 1],
    ]);
  });

  it('median of an odd and an even count, and of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 0])).toBe(1.5);
    expect(median([])).toBe(0);
  });
});
