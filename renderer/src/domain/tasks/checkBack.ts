/** The countdown to each check-back: derived from the task and `now`, never stored. */
import { isOpen, type Task } from './types';

export type CheckBack =
  | { kind: 'none' }
  | { kind: 'due'; at: number; remainingMs: number }
  | { kind: 'overdue'; at: number; overdueMs: number };

/** Where a task stands against its check-back time; closed tasks and follow-ups have none. */
export function checkBackOf(task: Pick<Task, 'status' | 'checkBackAt'>, now: number): CheckBack {
  if (task.checkBackAt === null || !isOpen(task)) return { kind: 'none' };
  const remainingMs = task.checkBackAt - now;
  return remainingMs > 0
    ? { kind: 'due', at: task.checkBackAt, remainingMs }
    : { kind: 'overdue', at: task.checkBackAt, overdueMs: now - task.checkBackAt };
}

/** When the next check-back falls if the IC restarts the time-box now. */
export function nextCheckBack(now: number, timeBoxMinutes: number): number {
  return now + timeBoxMinutes * 60_000;
}
