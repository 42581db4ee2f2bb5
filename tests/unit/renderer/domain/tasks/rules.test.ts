import { describe, expect, it } from 'vitest';
import {
  checkOwner,
  checkStatusChange,
  checkTaskDetails,
  checkTimeBox,
} from '../../../../../renderer/src/domain/tasks/rules';
import { t0 } from './fixtures';

const unowned = { ownerId: null, title: 'Fail over DB' };
const bobs = { ownerId: 'bob', title: 'Fail over DB' };
const day = 24 * 60 * 60_000;

describe('moves on the board', () => {
  it('refuses in progress, blocked or done without an owner, naming the task', () => {
    for (const to of ['in-progress', 'blocked', 'done'] as const) {
      expect(() => checkStatusChange(unowned, to, 'vendor')).toThrow(
        expect.objectContaining({ code: 'task-needs-owner', values: { title: 'Fail over DB' } }),
      );
    }
    expect(checkStatusChange(unowned, 'dropped', 'covered by the rollback')).toBe('covered by the rollback');
    expect(checkStatusChange(unowned, 'todo')).toBe('');
  });

  it('refuses blocked or dropped without a reason, and trims the reason it keeps', () => {
    expect(() => checkStatusChange(bobs, 'blocked', '   ')).toThrow(
      expect.objectContaining({ code: 'blocked-needs-reason' }),
    );
    expect(() => checkStatusChange(bobs, 'dropped')).toThrow(
      expect.objectContaining({ code: 'dropped-needs-reason' }),
    );
    expect(checkStatusChange(bobs, 'blocked', '  waiting on the vendor ')).toBe('waiting on the vendor');
    // A reason given for a move that needs none is not recorded.
    expect(checkStatusChange(bobs, 'done', 'finally')).toBe('');
  });
});

describe('owners', () => {
  it('refuses someone who checked out or never checked in; accepts on duty and resting', () => {
    expect(() => checkOwner('checked-out', 'Bob')).toThrow(
      expect.objectContaining({ code: 'owner-checked-out', values: { name: 'Bob' } }),
    );
    expect(() => checkOwner('never-checked-in', 'Eve')).toThrow(
      expect.objectContaining({ code: 'not-checked-in-name', values: { name: 'Eve' } }),
    );
    expect(() => checkOwner('on-duty', 'Bob')).not.toThrow();
    expect(() => checkOwner('resting', 'Bob')).not.toThrow();
  });
});

describe('what a task is about', () => {
  it('needs an outcome; a known category; trims text', () => {
    expect(
      checkTaskDetails({ title: '  Fail over DB ', description: ' why ', category: 'restore-service' }, t0),
    ).toEqual({
      title: 'Fail over DB',
      description: 'why',
      category: 'restore-service',
      dueAt: null,
    });
    expect(() => checkTaskDetails({ title: ' ', category: 'restore-service' }, t0)).toThrow(
      expect.objectContaining({ code: 'required', values: { field: 'title' } }),
    );
    expect(() => checkTaskDetails({ title: 'x', category: 'panic' }, t0)).toThrow(
      expect.objectContaining({ code: 'unknown-task-category', values: { value: 'panic' } }),
    );
  });

  it('gives a follow-up a due date a week out by default, and refuses a new one in the past', () => {
    expect(checkTaskDetails({ title: 'Automate failover', category: 'follow-up' }, t0).dueAt).toBe(
      t0 + 7 * day,
    );
    expect(checkTaskDetails({ title: 'x', category: 'follow-up', dueAt: t0 + day }, t0).dueAt).toBe(t0 + day);
    expect(() => checkTaskDetails({ title: 'x', category: 'follow-up', dueAt: t0 - day }, t0)).toThrow(
      expect.objectContaining({ code: 'follow-up-due-in-past' }),
    );
    // A date set earlier that has since passed stays: editing the title must not be refused for it.
    expect(checkTaskDetails({ title: 'x', category: 'follow-up' }, t0, t0 - day).dueAt).toBe(t0 - day);
    // Other categories carry no due date.
    expect(
      checkTaskDetails({ title: 'x', category: 'restore-service', dueAt: t0 + day }, t0).dueAt,
    ).toBeNull();
  });

  it('time-boxes are whole minutes from 1 to 12 hours; 15 by default', () => {
    expect(checkTimeBox(undefined)).toBe(15);
    expect(checkTimeBox(1)).toBe(1);
    expect(checkTimeBox(720)).toBe(720);
    for (const bad of [0, 721, 2.5, Number.NaN]) {
      expect(() => checkTimeBox(bad)).toThrow(
        expect.objectContaining({ code: 'bad-time-box', values: { max: 720 } }),
      );
    }
  });
});
