/** The board's columns: tasks grouped by status, in the order the IC should look at them. */
import { taskStatuses, type Task, type TaskStatus } from './types';

export type BoardColumn = { status: TaskStatus; tasks: Task[] };

const never = Number.MAX_SAFE_INTEGER;

function byUrgency(a: Task, b: Task): number {
  // Unowned work first, then the check-back that comes (or came) soonest, then the oldest.
  const unownedFirst = Number(a.ownerId !== null) - Number(b.ownerId !== null);
  return (
    unownedFirst ||
    (a.checkBackAt ?? never) - (b.checkBackAt ?? never) ||
    a.createdAt - b.createdAt ||
    a.id.localeCompare(b.id)
  );
}

function byLatest(a: Task, b: Task): number {
  return b.updatedAt - a.updatedAt || b.id.localeCompare(a.id);
}

/** One column per status, in board order; open columns by urgency, closed ones newest first. */
export function boardColumns(tasks: readonly Task[]): BoardColumn[] {
  const columns = new Map<TaskStatus, Task[]>(taskStatuses.map((s) => [s, []]));
  for (const task of tasks) columns.get(task.status)?.push(task);
  return taskStatuses.map((status) => {
    const column = columns.get(status) ?? [];
    column.sort(status === 'done' || status === 'dropped' ? byLatest : byUrgency);
    return { status, tasks: column };
  });
}
