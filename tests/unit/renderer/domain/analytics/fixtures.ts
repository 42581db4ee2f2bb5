import type { LoadChange } from '../../../../../renderer/src/domain/analytics';

export const minute = 60_000;
export const t0 = Date.UTC(2026, 0, 10, 10, 0);
export const atMinute = (m: number): number => t0 + m * minute;

/**
 * Alice checks in, takes two tasks, checks out, loses one task to Bob, checks in again and finishes the other;
 * Bob rests 50–65.
 */
export const incidentChanges: LoadChange[] = [
  { ts: atMinute(0), personId: 'alice', kind: 'checked-in' },
  { ts: atMinute(0), personId: 'bob', kind: 'checked-in' },
  { ts: atMinute(5), personId: 'alice', kind: 'task-assigned', taskId: 't1' },
  { ts: atMinute(10), personId: 'alice', kind: 'task-assigned', taskId: 't2' },
  { ts: atMinute(15), personId: 'bob', kind: 'task-assigned', taskId: 't3' },
  { ts: atMinute(20), personId: 'alice', kind: 'checked-out' },
  { ts: atMinute(30), personId: 'bob', kind: 'task-assigned', taskId: 't2' },
  { ts: atMinute(40), personId: 'alice', kind: 'checked-in' },
  { ts: atMinute(50), personId: 'bob', kind: 'rest-started' },
  { ts: atMinute(65), personId: 'bob', kind: 'rest-ended' },
  { ts: atMinute(80), personId: 'alice', kind: 'task-released', taskId: 't1' },
];
