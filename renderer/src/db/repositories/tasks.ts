/** The task board's writes: every change is one or more events, appended in one transaction. */
import { DomainError } from '../../domain/errors';
import { nextCheckBack } from '../../domain/tasks/checkBack';
import type { TaskEvent } from '../../domain/tasks/events';
import {
  checkOwner,
  checkStatusChange,
  checkTaskDetails,
  checkTaskStatus,
  checkTimeBox,
  type OwnerStanding,
  type TaskDetailsInput,
} from '../../domain/tasks/rules';
import { isOpen, type Task, type TaskOrigin } from '../../domain/tasks/types';
import { newEvent, newId, type RecordContext } from '../append';
import { recordTaskChange } from './task-feed';
import type { WarRoomDatabase } from '../schema';
import { openCheckIn, openRest, requirePerson } from './roster-reads';

export type NewTaskInput = TaskDetailsInput & {
  incidentId: string;
  ownerId?: string | null;
  timeBoxMinutes?: number;
  origin?: TaskOrigin | null;
};

async function requireTask(db: WarRoomDatabase, taskId: string): Promise<Task> {
  const task = await db.tasks.get(taskId);
  if (task === undefined) throw new DomainError('unknown-task');
  return task;
}

function requireOpen(task: Task): void {
  if (!isOpen(task)) throw new DomainError('task-closed', { title: task.title });
}

async function standingOf(db: WarRoomDatabase, incidentId: string, personId: string): Promise<OwnerStanding> {
  const stay = await openCheckIn(db, incidentId, personId);
  if (stay !== undefined) return (await openRest(db, stay.id)) === undefined ? 'on-duty' : 'resting';
  const everHere = await db.checkIns.where('[incidentId+personId]').equals([incidentId, personId]).count();
  return everHere > 0 ? 'checked-out' : 'never-checked-in';
}

/** The assignment event, after checking the new owner is on the incident. Starts the time-box. */
async function assignment(db: WarRoomDatabase, task: Task, personId: string, context: RecordContext) {
  const person = await requirePerson(db, personId);
  checkOwner(await standingOf(db, task.incidentId, personId), person.name);
  const from = task.ownerId === null ? null : { personId: task.ownerId, personName: task.ownerName ?? '' };
  const checkBackAt = task.category === 'follow-up' ? null : nextCheckBack(context.now, task.timeBoxMinutes);
  return newEvent(
    'task.assigned',
    task.incidentId,
    {
      taskId: task.id,
      title: task.title,
      from,
      to: { personId: person.id, personName: person.name },
      checkBackAt,
    },
    context,
  );
}

/** The events that put a new task on the board (and assign it, when an owner is named). */
export async function newTaskEvents(
  db: WarRoomDatabase,
  input: NewTaskInput,
  context: RecordContext,
): Promise<TaskEvent[]> {
  const details = checkTaskDetails(input, context.now);
  const timeBoxMinutes = checkTimeBox(input.timeBoxMinutes);
  const created = newEvent(
    'task.created',
    input.incidentId,
    { taskId: newId(context.now), ...details, timeBoxMinutes, origin: input.origin ?? null },
    context,
  );
  if (input.ownerId === undefined || input.ownerId === null || input.ownerId === '') return [created];
  const draft: Task = {
    ...created.payload,
    id: created.payload.taskId,
    incidentId: input.incidentId,
    ownerId: null,
    ownerName: null,
    status: 'todo',
    statusReason: '',
    checkBackAt: null,
    acknowledged: false,
    createdAt: context.now,
    updatedAt: context.now,
  };
  return [created, await assignment(db, draft, input.ownerId, context)];
}

/** Puts a task on the board; returns its id. Without an owner it stays "unassigned" and is nudged. */
export async function createTask(
  db: WarRoomDatabase,
  input: NewTaskInput,
  context: RecordContext,
): Promise<string> {
  const [created] = await recordTaskChange(db, async () => {
    if ((await db.incidents.get(input.incidentId)) === undefined) throw new DomainError('unknown-incident');
    return newTaskEvents(db, input, context);
  });
  return created?.type === 'task.created' ? created.payload.taskId : '';
}

/** Gives the task to a checked-in responder; a reassignment keeps the old owner in the log. */
export async function assignTask(
  db: WarRoomDatabase,
  input: { taskId: string; personId: string },
  context: RecordContext,
): Promise<void> {
  await recordTaskChange(db, async () => {
    const task = await requireTask(db, input.taskId);
    requireOpen(task);
    // Checked before the "same owner" shortcut: re-confirming someone who has left must be refused.
    const assigned = await assignment(db, task, input.personId, context);
    return task.ownerId === input.personId ? [] : [assigned];
  });
}

/** Moves a task on the board; reopening a closed task restarts its time-box. */
export async function changeTaskStatus(
  db: WarRoomDatabase,
  input: { taskId: string; status: string; reason?: string },
  context: RecordContext,
): Promise<void> {
  await recordTaskChange(db, async () => {
    const task = await requireTask(db, input.taskId);
    const to = checkTaskStatus(input.status);
    const reason = checkStatusChange(task, to, input.reason);
    if (task.status === to && task.statusReason === reason) return [];
    const { id: taskId, title, status: from, ownerName } = task;
    const moved = newEvent(
      'task.status-changed',
      task.incidentId,
      { taskId, title, from, to, reason, ownerName },
      context,
    );
    const reopened =
      !isOpen(task) && isOpen({ status: to }) && task.ownerId !== null && task.category !== 'follow-up';
    return reopened ? [moved, checkBackEvent(task, task.timeBoxMinutes, context)] : [moved];
  });
}

/** Records that the owner confirmed they have the task: the IC heard it, not assumed it. */
export async function acknowledgeTask(
  db: WarRoomDatabase,
  taskId: string,
  context: RecordContext,
): Promise<void> {
  await recordTaskChange(db, async () => {
    const task = await requireTask(db, taskId);
    requireOpen(task);
    if (task.ownerId === null) throw new DomainError('task-needs-owner', { title: task.title });
    if (task.acknowledged) return [];
    const who = { personId: task.ownerId, personName: task.ownerName ?? '' };
    return [newEvent('task.acknowledged', task.incidentId, { taskId, title: task.title, ...who }, context)];
  });
}

function checkBackEvent(task: Task, minutes: number, context: RecordContext) {
  return newEvent(
    'task.check-back-set',
    task.incidentId,
    {
      taskId: task.id,
      title: task.title,
      checkBackAt: nextCheckBack(context.now, minutes),
      timeBoxMinutes: minutes,
      ownerName: task.ownerName,
    },
    context,
  );
}

/** The IC checked back: the next check-back is `minutes` from now (the task's time-box by default). */
export async function setCheckBack(
  db: WarRoomDatabase,
  input: { taskId: string; minutes?: number },
  context: RecordContext,
): Promise<void> {
  await recordTaskChange(db, async () => {
    const task = await requireTask(db, input.taskId);
    requireOpen(task);
    if (task.category === 'follow-up') throw new DomainError('follow-up-has-due-date');
    if (task.ownerId === null) throw new DomainError('task-needs-owner', { title: task.title });
    return [checkBackEvent(task, checkTimeBox(input.minutes ?? task.timeBoxMinutes), context)];
  });
}

/** Changes what the task is about; a task that stops being a follow-up gets a check-back again. */
export async function editTask(
  db: WarRoomDatabase,
  input: TaskDetailsInput & { taskId: string },
  context: RecordContext,
): Promise<void> {
  await recordTaskChange(db, async () => {
    const task = await requireTask(db, input.taskId);
    const details = checkTaskDetails(input, context.now, task.dueAt);
    const { title, description, category, dueAt } = details;
    if (
      title === task.title &&
      description === task.description &&
      category === task.category &&
      dueAt === task.dueAt
    ) {
      return [];
    }
    const edited = newEvent(
      'task.edited',
      task.incidentId,
      { taskId: task.id, previousTitle: task.title, ...details },
      context,
    );
    const countdownAgain =
      task.category === 'follow-up' && category !== 'follow-up' && task.ownerId !== null && isOpen(task);
    return countdownAgain
      ? [edited, checkBackEvent({ ...task, title }, task.timeBoxMinutes, context)]
      : [edited];
  });
}
