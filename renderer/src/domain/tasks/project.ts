/**
 * What a task looks like after one of its events: the one definition the projector stores and the
 * board applies at once to the events this window has just recorded.
 */
import type { TaskEvent } from './events';
import type { Task } from './types';

/** The task after `event`; `current` is undefined only for task.created. */
export function projectTask(current: Task | undefined, event: TaskEvent): Task {
  if (event.type === 'task.created') {
    const { taskId, title, description, category, timeBoxMinutes, dueAt, origin } = event.payload;
    return {
      id: taskId,
      incidentId: event.incidentId,
      title,
      description,
      category,
      ownerId: null,
      ownerName: null,
      status: 'todo',
      statusReason: '',
      checkBackAt: null,
      timeBoxMinutes,
      acknowledged: false,
      dueAt,
      origin,
      createdAt: event.ts,
      updatedAt: event.ts,
    };
  }
  if (current === undefined)
    throw new Error(`event ${event.id} refers to unknown task ${event.payload.taskId}`);
  return { ...current, ...change(current, event), updatedAt: Math.max(current.updatedAt, event.ts) };
}

function change(task: Task, event: Exclude<TaskEvent, { type: 'task.created' }>): Partial<Task> {
  switch (event.type) {
    // A new owner has not confirmed anything yet: the acknowledgement starts over.
    case 'task.assigned':
      return {
        ownerId: event.payload.to.personId,
        ownerName: event.payload.to.personName,
        checkBackAt: event.payload.checkBackAt,
        acknowledged: false,
      };
    case 'task.status-changed':
      return { status: event.payload.to, statusReason: event.payload.reason };
    case 'task.acknowledged':
      return { acknowledged: true };
    case 'task.check-back-set':
      return { checkBackAt: event.payload.checkBackAt, timeBoxMinutes: event.payload.timeBoxMinutes };
    // A follow-up is due on a date after the incident, not on a countdown during it.
    case 'task.edited':
      return {
        title: event.payload.title,
        description: event.payload.description,
        category: event.payload.category,
        dueAt: event.payload.dueAt,
        checkBackAt: event.payload.category === 'follow-up' ? null : task.checkBackAt,
      };
  }
}
