/**
 * Resolving an incident: the open work is settled (kept as follow-ups or dropped with a reason), the
 * status moves, and whoever is still checked in may be checked out at that same time, all in one
 * transaction, so the log never shows an incident resolved with work silently left running.
 */
import { DomainError } from '../../domain/errors';
import { stayEnd, tasksToSettle, type OpenTaskChoice } from '../../domain/incident/resolution';
import type { IncidentEvent } from '../../domain/log/events';
import { checkStatusChange, checkTaskDetails } from '../../domain/tasks/rules';
import type { Task } from '../../domain/tasks/types';
import { newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import { recordTaskChange } from './task-feed';

export type ResolveInput = {
  incidentId: string;
  /** What becomes of the open incident tasks; needed when any is open. */
  openTasks?: { choice: OpenTaskChoice; reason?: string };
  /** Check out everyone still on the incident, at the resolution's time. */
  checkOutEveryone?: boolean;
};

/** A task kept for after the incident: same owner, a due date (a week unless it had one), no countdown. */
function asFollowUp(task: Task, context: RecordContext): IncidentEvent {
  const details = checkTaskDetails(
    { ...task, category: 'follow-up', dueAt: task.dueAt ?? undefined },
    context.now,
    task.dueAt,
  );
  return newEvent(
    'task.edited',
    task.incidentId,
    { taskId: task.id, previousTitle: task.title, ...details },
    context,
  );
}

function asDropped(task: Task, reason: string, context: RecordContext): IncidentEvent {
  const why = checkStatusChange(task, 'dropped', reason);
  const { id: taskId, title, status: from, ownerName } = task;
  return newEvent(
    'task.status-changed',
    task.incidentId,
    { taskId, title, from, to: 'dropped', reason: why, ownerName },
    context,
  );
}

/** One check-out per person still on the incident, at `at` (never before their own check-in). */
async function checkOutsAt(
  db: WarRoomDatabase,
  incidentId: string,
  at: number,
  context: RecordContext,
): Promise<IncidentEvent[]> {
  const stays = (await db.checkIns.where('incidentId').equals(incidentId).toArray()).filter(
    (stay) => stay.checkedOutAt === null,
  );
  const people = await db.people.bulkGet(stays.map((stay) => stay.personId));
  return stays.map((stay, i) =>
    newEvent(
      'responder.checked-out',
      incidentId,
      {
        checkInId: stay.id,
        personId: stay.personId,
        personName: people[i]?.name ?? '',
        reason: 'released',
        note: '',
      },
      { ...context, ts: stayEnd(stay, at) ?? at },
    ),
  );
}

/**
 * Resolves the incident. Refused, with nothing written, while incident tasks are open and the IC has
 * not said what becomes of them; open follow-ups stay as they are.
 */
export async function resolveIncident(
  db: WarRoomDatabase,
  input: ResolveInput,
  context: RecordContext,
): Promise<void> {
  await recordTaskChange(db, async () => {
    const incident = await db.incidents.get(input.incidentId);
    if (incident === undefined) throw new DomainError('unknown-incident');
    if (incident.status === 'resolved') return [];
    const open = tasksToSettle(await db.tasks.where('incidentId').equals(incident.id).toArray());
    const settle = input.openTasks;
    if (open.length > 0 && settle === undefined) {
      throw new DomainError('resolve-open-tasks', { count: open.length });
    }
    const settled = open.map((task) =>
      settle?.choice === 'drop' ? asDropped(task, settle.reason ?? '', context) : asFollowUp(task, context),
    );
    const resolved = newEvent(
      'incident.status-changed',
      incident.id,
      { from: incident.status, to: 'resolved' },
      context,
    );
    const checkOuts =
      input.checkOutEveryone === true ? await checkOutsAt(db, incident.id, context.now, context) : [];
    return [...settled, resolved, ...checkOuts];
  });
}

/**
 * Checks out everyone still on a resolved incident at the time it was resolved (recorded now): for
 * the IC who resolved first and let people go afterwards.
 */
export async function checkEveryoneOutAtResolution(
  db: WarRoomDatabase,
  incidentId: string,
  context: RecordContext,
): Promise<number> {
  const events = await recordTaskChange(db, async () => {
    const incident = await db.incidents.get(incidentId);
    if (incident === undefined) throw new DomainError('unknown-incident');
    if (incident.resolvedAt === null) throw new DomainError('not-resolved');
    return checkOutsAt(db, incidentId, incident.resolvedAt, context);
  });
  return events.length;
}

/** What resolving now would settle: the open incident tasks and how many people are still checked in. */
export async function openAtResolution(
  db: WarRoomDatabase,
  incidentId: string,
): Promise<{ tasks: Task[]; checkedIn: number }> {
  const tasks = tasksToSettle(await db.tasks.where('incidentId').equals(incidentId).toArray());
  const stays = await db.checkIns.where('incidentId').equals(incidentId).toArray();
  return { tasks, checkedIn: stays.filter((stay) => stay.checkedOutAt === null).length };
}
