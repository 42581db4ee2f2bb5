/** A task on the board: one named owner, a clear outcome, and a time when the IC checks back. */

/** DOMAIN.md's priorities, in order: stop the bleeding, restore service, preserve evidence; then follow up. */
export const taskCategories = [
  'stop-the-bleeding',
  'restore-service',
  'preserve-evidence',
  'follow-up',
] as const;
export type TaskCategory = (typeof taskCategories)[number];

export const taskStatuses = ['todo', 'in-progress', 'blocked', 'done', 'dropped'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** Statuses of work still to finish; done and dropped tasks are closed. */
export const openStatuses: readonly TaskStatus[] = ['todo', 'in-progress', 'blocked'];

/** The time-box when the IC does not say otherwise: check back on a task 15 minutes after assigning it. */
export const defaultTimeBoxMinutes = 15;
/** The longest time-box the board accepts: past half a day a task needs splitting, not a longer box. */
export const maxTimeBoxMinutes = 12 * 60;
/** A follow-up is due a week after it is filed unless the IC picks another date. */
export const defaultFollowUpDays = 7;

/** The runbook a task came from, so the IC sees why it is on the board. */
export type TaskOrigin = { runbookId: string; runbookName: string; step: number };

export type Task = {
  id: string;
  incidentId: string;
  title: string;
  /** What and why: the context the owner needs. */
  description: string;
  category: TaskCategory;
  /** Null only while the task is unassigned. */
  ownerId: string | null;
  ownerName: string | null;
  status: TaskStatus;
  /** Why it is blocked or dropped; empty otherwise. */
  statusReason: string;
  /** When the IC checks back with the owner; null until the task has an owner, and for follow-ups. */
  checkBackAt: number | null;
  timeBoxMinutes: number;
  /** The IC heard the owner confirm they have it. Reset when the task changes hands. */
  acknowledged: boolean;
  /** A follow-up's due date, beyond the incident; null for other categories. */
  dueAt: number | null;
  origin: TaskOrigin | null;
  createdAt: number;
  updatedAt: number;
};

export function isOpen(task: Pick<Task, 'status'>): boolean {
  return openStatuses.includes(task.status);
}

/**
 * Whether a task weighs on its owner during the incident. Follow-ups are work for after it, so
 * they count neither toward anyone's load nor as stranded when their owner leaves.
 */
export function countsAsLoad(task: Pick<Task, 'status' | 'category' | 'ownerId'>): boolean {
  return task.ownerId !== null && task.category !== 'follow-up' && isOpen(task);
}
