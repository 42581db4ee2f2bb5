/** What the IC can do to a task, and the key that does it on a focused card. */
import type { TaskStatus } from '../../domain/tasks/types';

export type TaskCommand =
  'assign' | 'acknowledge' | 'start' | 'block' | 'done' | 'drop' | 'todo' | 'check-back' | 'edit' | 'history';

export const cardKeys: Readonly<Record<string, TaskCommand>> = {
  a: 'assign',
  k: 'acknowledge',
  p: 'start',
  b: 'block',
  d: 'done',
  x: 'drop',
  t: 'todo',
  c: 'check-back',
  e: 'edit',
  h: 'history',
};

/** The commands in menu order, with the key shown beside each. */
export const commandMenu: readonly { command: TaskCommand; key: string }[] = Object.entries(cardKeys).map(
  ([key, command]) => ({ key: key.toUpperCase(), command }),
);

/** The status a command moves the task to, if it is a move on the board. */
export const commandStatus: Partial<Record<TaskCommand, TaskStatus>> = {
  start: 'in-progress',
  block: 'blocked',
  done: 'done',
  drop: 'dropped',
  todo: 'todo',
};

/** i18n key of each command's label under tasks.actions. */
export const commandLabel: Record<TaskCommand, string> = {
  assign: 'assign',
  acknowledge: 'acknowledge',
  start: 'start',
  block: 'block',
  done: 'done',
  drop: 'drop',
  todo: 'todo',
  'check-back': 'checkBack',
  edit: 'edit',
  history: 'history',
};

export const cardId = (taskId: string) => `task-card-${taskId}`;
