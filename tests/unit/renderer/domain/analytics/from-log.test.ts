import { describe, expect, it } from 'vitest';
import {
  currentLoad,
  loadChangesFromLog,
  openTasksOverTime,
  type LoadEvent,
} from '../../../../../renderer/src/domain/analytics';
import type { TaskCategory, TaskStatus } from '../../../../../renderer/src/domain/tasks/types';
import { atMinute, minute } from './fixtures';

let sequence = 0;
/** A log event at minute `m`; ids grow like the store's ULIDs, so recording order is kept on ties. */
function at<E extends LoadEvent>(m: number, type: E['type'], payload: E['payload']): LoadEvent {
  sequence += 1;
  const event = {
    id: `01${String(sequence).padStart(8, '0')}`,
    incidentId: 'inc',
    ts: atMinute(m),
    recordedAt: atMinute(m),
    actor: 'Alice',
    type,
    payload,
  };
  // The pairing of `type` and `payload` is checked by the typed helpers below.
  return event as LoadEvent;
}

const person = (id: string) => ({ personId: id, personName: id[0]?.toUpperCase() + id.slice(1) });
const checkIn = (m: number, id: string) =>
  at(m, 'responder.checked-in', {
    ...person(id),
    checkInId: `c-${id}-${m}`,
    roles: [],
    location: 'remote',
    locationDetail: '',
    contact: '',
    assignment: '',
    backdatedReason: null,
  });
const checkOut = (m: number, id: string) =>
  at(m, 'responder.checked-out', { ...person(id), checkInId: 'c', reason: 'shift-end', note: '' });
const created = (m: number, taskId: string, category: TaskCategory = 'restore-service') =>
  at(m, 'task.created', {
    taskId,
    title: taskId,
    description: '',
    category,
    timeBoxMinutes: 15,
    dueAt: null,
    origin: null,
  });
const assigned = (m: number, taskId: string, to: string, from: string | null = null) =>
  at(m, 'task.assigned', {
    taskId,
    title: taskId,
    from: from === null ? null : person(from),
    to: person(to),
    checkBackAt: null,
  });
const status = (m: number, taskId: string, from: TaskStatus, to: TaskStatus) =>
  at(m, 'task.status-changed', { taskId, title: taskId, from, to, reason: '', ownerName: null });
const edited = (m: number, taskId: string, category: TaskCategory) =>
  at(m, 'task.edited', {
    taskId,
    previousTitle: taskId,
    title: taskId,
    description: '',
    category,
    dueAt: null,
  });

describe('loadChangesFromLog', () => {
  it('maps presence events and an assignment onto changes, with the names the log recorded', () => {
    const { changes, names } = loadChangesFromLog([
      checkIn(0, 'alice'),
      created(1, 't1'),
      assigned(1, 't1', 'alice'),
      at(30, 'rest.started', { ...person('alice'), restId: 'r', checkInId: 'c' }),
      at(45, 'rest.ended', { ...person('alice'), restId: 'r' }),
      checkOut(60, 'alice'),
    ]);
    expect(changes).toEqual([
      { ts: atMinute(0), personId: 'alice', kind: 'checked-in' },
      { ts: atMinute(1), personId: 'alice', kind: 'task-assigned', taskId: 't1' },
      { ts: atMinute(30), personId: 'alice', kind: 'rest-started' },
      { ts: atMinute(45), personId: 'alice', kind: 'rest-ended' },
      { ts: atMinute(60), personId: 'alice', kind: 'checked-out' },
    ]);
    expect(names.get('alice')).toBe('Alice');
  });

  it('releases a task when it is done or dropped, and holds it again when reopened', () => {
    const { changes } = loadChangesFromLog([
      created(0, 't1'),
      assigned(0, 't1', 'bob'),
      status(5, 't1', 'todo', 'in-progress'),
      status(10, 't1', 'in-progress', 'done'),
      status(20, 't1', 'done', 'todo'),
      status(25, 't1', 'todo', 'dropped'),
    ]);
    // "done" carries only the owner's name: the owner comes from the earlier assignment.
    expect(changes.map((c) => [c.ts, c.personId, c.kind])).toEqual([
      [atMinute(0), 'bob', 'task-assigned'],
      [atMinute(10), 'bob', 'task-released'],
      [atMinute(20), 'bob', 'task-assigned'],
      [atMinute(25), 'bob', 'task-released'],
    ]);
  });

  it('moves a reassigned task from the old owner to the new one', () => {
    const { changes } = loadChangesFromLog([
      created(0, 't1'),
      assigned(0, 't1', 'alice'),
      assigned(10, 't1', 'bob', 'alice'),
    ]);
    const load = currentLoad(changes, { now: atMinute(11) });
    expect(load.map((row) => [row.personId, row.openTasks])).toEqual([
      ['bob', 1],
      ['alice', 0],
    ]);
  });

  it('leaves follow-ups out of the load, also when a task becomes one or stops being one', () => {
    const { changes } = loadChangesFromLog([
      created(0, 'later', 'follow-up'),
      assigned(1, 'later', 'carol'),
      created(2, 't2'),
      assigned(2, 't2', 'carol'),
      edited(5, 't2', 'follow-up'),
      edited(8, 'later', 'preserve-evidence'),
    ]);
    expect(changes.map((c) => [c.ts, c.taskId, c.kind])).toEqual([
      [atMinute(2), 't2', 'task-assigned'],
      [atMinute(5), 't2', 'task-released'],
      [atMinute(8), 'later', 'task-assigned'],
    ]);
  });

  it('replays events in time order whatever order the store returns them in (by type, then id)', () => {
    const inOrder = [
      checkIn(0, 'alice'),
      created(3, 't1'),
      assigned(3, 't1', 'alice'),
      status(9, 't1', 'todo', 'done'),
      // A check-in recorded later but back-dated before the task.
      { ...checkIn(1, 'bob'), recordedAt: atMinute(12) },
    ];
    const byType = [...inOrder].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
    expect(loadChangesFromLog(byType).changes).toEqual(loadChangesFromLog(inOrder).changes);
    expect(loadChangesFromLog(byType).changes.map((c) => c.ts)).toEqual([0, 1, 3, 9].map((m) => atMinute(m)));
  });

  it('feeds the series: someone who checked in twice has two stays and the tasks they held between', () => {
    const { changes } = loadChangesFromLog([
      checkIn(0, 'dan'),
      created(0, 'a'),
      assigned(0, 'a', 'dan'),
      created(0, 'b'),
      assigned(0, 'b', 'dan'),
      status(20, 'a', 'todo', 'done'),
      checkOut(30, 'dan'),
      checkIn(50, 'dan'),
      status(60, 'b', 'todo', 'done'),
    ]);
    const series = openTasksOverTime(changes, {
      start: atMinute(0),
      end: atMinute(60),
      bucketMs: 10 * minute,
    });
    expect(series.points.map((p) => p.dan)).toEqual([2, 2, 1, 1, 1, 1, 0]);
    expect(series.markers.map((m) => m.kind)).toEqual(['checked-in', 'checked-out', 'checked-in']);
    // On duty 0–30 and 50–60.
    expect(currentLoad(changes, { now: atMinute(60) })[0]?.dutyMinutes).toBe(40);
  });
});
