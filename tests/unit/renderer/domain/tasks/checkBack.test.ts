import { describe, expect, it } from 'vitest';
import { checkBackOf, nextCheckBack } from '../../../../../renderer/src/domain/tasks/checkBack';
import { minutes, owned, t0, task } from './fixtures';

describe('the check-back countdown', () => {
  it('counts down to the check-back, then counts how late it is', () => {
    const bob = owned('a', 'Bob', {}, 15);
    expect(checkBackOf(bob, t0 + minutes(1))).toEqual({
      kind: 'due',
      at: t0 + minutes(15),
      remainingMs: minutes(14),
    });
    expect(checkBackOf(bob, t0 + minutes(15))).toEqual({
      kind: 'overdue',
      at: t0 + minutes(15),
      overdueMs: 0,
    });
    expect(checkBackOf(bob, t0 + minutes(16))).toEqual({
      kind: 'overdue',
      at: t0 + minutes(15),
      overdueMs: minutes(1),
    });
  });

  it('has nothing to count for unassigned, finished or dropped tasks', () => {
    expect(checkBackOf(task('a'), t0)).toEqual({ kind: 'none' });
    expect(checkBackOf(owned('b', 'Bob', { status: 'done' }), t0 + minutes(60))).toEqual({ kind: 'none' });
    expect(checkBackOf(owned('c', 'Bob', { status: 'dropped' }), t0 + minutes(60))).toEqual({ kind: 'none' });
    expect(checkBackOf(owned('d', 'Bob', { status: 'blocked' }), t0 + minutes(60)).kind).toBe('overdue');
  });

  it('restarts the time-box from now', () => {
    expect(nextCheckBack(t0, 15)).toBe(t0 + minutes(15));
  });
});
