/**
 * A task as it will read once an assignment the IC just made commits: derived from the intent, so the
 * card shows the new owner in the frame after Enter while the durable write runs. The repository still
 * decides (and may refuse) inside its transaction; this is only what the screen shows meanwhile.
 */
import { nextCheckBack } from './checkBack';
import type { Task } from './types';

export function assignedView(task: Task, owner: { personId: string; name: string }, now: number): Task {
  if (task.ownerId === owner.personId) return task;
  return {
    ...task,
    ownerId: owner.personId,
    ownerName: owner.name,
    acknowledged: false,
    checkBackAt: task.category === 'follow-up' ? null : nextCheckBack(now, task.timeBoxMinutes),
  };
}
