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

/**
 * A countdown as the card shows it: "14:05", or "1:02:03" past an hour. Seconds round up while
 * counting down, so "0:00" shows only when the check-back has come.
 */
export function formatCountdown(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** When the next check-back falls if the IC restarts the time-box now. */
export function nextCheckBack(now: number, timeBoxMinutes: number): number {
  return now + timeBoxMinutes * 60_000;
}
