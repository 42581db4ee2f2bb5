/** Events of the task board. Payloads carry names and titles, so a log line reads without lookups. */
import type { EventOf } from '../log/event-of';
import type { TaskCategory, TaskOrigin, TaskStatus } from './types';

export type TaskPerson = { personId: string; personName: string };

export type TaskCreated = EventOf<
  'task.created',
  {
    taskId: string;
    title: string;
    description: string;
    category: TaskCategory;
    timeBoxMinutes: number;
    dueAt: number | null;
    origin: TaskOrigin | null;
  }
>;
/** One per assignment: the reassign history is the sequence of these in the log. */
export type TaskAssigned = EventOf<
  'task.assigned',
  { taskId: string; title: string; from: TaskPerson | null; to: TaskPerson; checkBackAt: number | null }
>;
export type TaskStatusChanged = EventOf<
  'task.status-changed',
  {
    taskId: string;
    title: string;
    from: TaskStatus;
    to: TaskStatus;
    reason: string;
    ownerName: string | null;
  }
>;
export type TaskAcknowledged = EventOf<'task.acknowledged', TaskPerson & { taskId: string; title: string }>;
export type TaskCheckBackSet = EventOf<
  'task.check-back-set',
  { taskId: string; title: string; checkBackAt: number; timeBoxMinutes: number; ownerName: string | null }
>;
export type TaskEdited = EventOf<
  'task.edited',
  {
    taskId: string;
    previousTitle: string;
    title: string;
    description: string;
    category: TaskCategory;
    dueAt: number | null;
  }
>;

export type TaskEvent =
  TaskCreated | TaskAssigned | TaskStatusChanged | TaskAcknowledged | TaskCheckBackSet | TaskEdited;
