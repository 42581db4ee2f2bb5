/** The refusals of the task board, as pure checks the repository runs before writing anything. */
import { DomainError } from '../errors';
import { limits } from '../incident/types';
import { optionalText, requiredText } from '../incident/validate';
import {
  defaultFollowUpDays,
  defaultTimeBoxMinutes,
  maxTimeBoxMinutes,
  taskCategories,
  taskStatuses,
  type Task,
  type TaskCategory,
  type TaskStatus,
} from './types';

const dayMs = 24 * 60 * 60_000;

export function checkCategory(value: string): TaskCategory {
  const found = taskCategories.find((c) => c === value);
  if (found === undefined) throw new DomainError('unknown-task-category', { value });
  return found;
}

export function checkTaskStatus(value: string): TaskStatus {
  const found = taskStatuses.find((s) => s === value);
  if (found === undefined) throw new DomainError('unknown-task-status', { value });
  return found;
}

/** A time-box in whole minutes, 1 to 12 hours; the default when none is given. */
export function checkTimeBox(minutes: number | undefined): number {
  if (minutes === undefined) return defaultTimeBoxMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxTimeBoxMinutes) {
    throw new DomainError('bad-time-box', { max: maxTimeBoxMinutes });
  }
  return minutes;
}

export type TaskDetailsInput = {
  title: string;
  description?: string;
  category: string;
  /** A follow-up's due date; other categories ignore it. */
  dueAt?: number | null;
};

export type TaskDetails = {
  title: string;
  description: string;
  category: TaskCategory;
  dueAt: number | null;
};

/**
 * Checks what a task is about. A follow-up is due after the incident: a week from `now` unless the
 * IC picks a date, and never in the past.
 */
export function checkTaskDetails(
  input: TaskDetailsInput,
  now: number,
  previousDueAt: number | null = null,
): TaskDetails {
  const category = checkCategory(input.category);
  let dueAt: number | null = null;
  if (category === 'follow-up') {
    dueAt = input.dueAt ?? previousDueAt ?? now + defaultFollowUpDays * dayMs;
    // A date already set may have passed since; only a newly picked one must lie ahead.
    if (!Number.isFinite(dueAt) || (dueAt !== previousDueAt && dueAt < now)) {
      throw new DomainError('follow-up-due-in-past');
    }
  }
  return {
    title: requiredText(input.title, 'title', limits.titleMaxLength),
    description: optionalText(input.description ?? '', 'description', limits.summaryMaxLength),
    category,
    dueAt,
  };
}

/** Statuses that need a named owner: nobody works on, is blocked on, or finishes an unowned task. */
const needsOwner: readonly TaskStatus[] = ['in-progress', 'blocked', 'done'];
/** Statuses the IC must explain: what blocks it, or why it is no longer worth doing. */
const needsReason: readonly TaskStatus[] = ['blocked', 'dropped'];

/** Checks a move on the board; returns the reason to record (empty when none is needed). */
export function checkStatusChange(
  task: Pick<Task, 'ownerId' | 'title'>,
  to: TaskStatus,
  reason = '',
): string {
  if (needsOwner.includes(to) && task.ownerId === null) {
    throw new DomainError('task-needs-owner', { title: task.title });
  }
  if (!needsReason.includes(to)) return '';
  const why = optionalText(reason, 'reason', limits.summaryMaxLength);
  if (why === '') throw new DomainError(to === 'blocked' ? 'blocked-needs-reason' : 'dropped-needs-reason');
  return why;
}

/** Where a would-be owner stands on the incident. */
export type OwnerStanding = 'on-duty' | 'resting' | 'checked-out' | 'never-checked-in';

/**
 * Only someone on the incident can own a task. Resting is allowed (the IC may line work up for
 * when they are back) but the board nudges about it; someone who left cannot take work.
 */
export function checkOwner(standing: OwnerStanding, name: string): void {
  if (standing === 'checked-out') throw new DomainError('owner-checked-out', { name });
  if (standing === 'never-checked-in') throw new DomainError('not-checked-in-name', { name });
}
