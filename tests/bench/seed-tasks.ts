/**
 * What the tasks bench seeds: a long night's board of 2,000 tasks on an incident the UI declared, with
 * the two owners the UI checked in. Rows are what the projector would have left: the tasks by the app's
 * own projectTask, the board's revision and the load charts' minutes by the app's own replay (the
 * schema upgrade's), over the incident's events so far and the seeded ones.
 */
import type { Page } from '@playwright/test';
import { v3RowsOf } from '../../renderer/src/db/projections/upgrade-v3';
import type { Incident } from '../../renderer/src/domain/incident/types';
import type { EventPayload, IncidentEvent, IncidentEventType } from '../../renderer/src/domain/log/events';
import type { TaskEvent } from '../../renderer/src/domain/tasks/events';
import { projectTask } from '../../renderer/src/domain/tasks/project';
import type { Task, TaskCategory, TaskStatus } from '../../renderer/src/domain/tasks/types';
import { monotonicIds } from './ids';

export const taskCount = 2_000;
const minute = 60_000;
const categories: TaskCategory[] = ['stop-the-bleeding', 'restore-service', 'preserve-evidence'];
const chores = ['Restart payments', 'Drain checkout', 'Fail over search', 'Roll back ledger'];
/** Where task i lands on the board, by i % 20: 30 % to do, 30 % in progress, 10 % blocked, 20 % done, 10 % dropped. */
const statusOfSlot: TaskStatus[] = [
  ...Array<TaskStatus>(6).fill('todo'),
  ...Array<TaskStatus>(6).fill('in-progress'),
  ...Array<TaskStatus>(2).fill('blocked'),
  ...Array<TaskStatus>(4).fill('done'),
  ...Array<TaskStatus>(2).fill('dropped'),
];

export type Ids = { incidentId: string; people: { id: string; name: string }[] };
export type TaskSeed = { tasks: Task[]; events: TaskEvent[] };

/** Runs inside the page: every row of one store, read straight from IndexedDB. */
async function readAll(store: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('war-room');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return rows;
}

/** The incident the UI just declared (the one it shows) and the people it checked in. */
export async function readIds(page: Page, names: readonly string[]): Promise<Ids> {
  const incidentId = await page.evaluate(() => localStorage.getItem('warroom.selectedIncident'));
  const directory = (await page.evaluate(readAll, 'people')) as { id: string; name: string }[];
  const people = directory.filter((p) => names.includes(p.name));
  if (incidentId === null || people.length !== names.length)
    throw new Error('the bench incident is not set up');
  return { incidentId, people };
}

/**
 * The events of a long night's board, and the rows the app's own projection (projectTask) makes of
 * them, so the seed is exactly what the app would have stored.
 */
export function seedTasks(ids: Ids, now: number): TaskSeed {
  const id = monotonicIds();
  const events: TaskEvent[] = [];
  const event = <T extends IncidentEventType>(type: T, ts: number, payload: EventPayload<T>) => {
    const built = { id: id(ts), incidentId: ids.incidentId, ts, recordedAt: ts, actor: 'Bench IC' };
    // EventPayload<T> ties the payload to `type`; TypeScript cannot see through the generic union.
    events.push({ ...built, type, payload } as unknown as TaskEvent);
  };
  const start = now - 2 * 60 * minute;
  for (let i = 0; i < taskCount; i += 1) {
    const task = {
      taskId: id(start),
      title: `Bench task ${String(i + 1).padStart(4, '0')}: ${chores[i % chores.length]}`,
    };
    const category = categories[i % categories.length] ?? 'restore-service';
    const details = { category, description: 'Seeded', timeBoxMinutes: 15, dueAt: null, origin: null };
    event('task.created', start + i * 3_000, { ...task, ...details });
    // The first five stay unassigned; the rest spread over the board, check-backs 20 min to 2 h ahead.
    const to = i < 5 ? null : statusOfSlot[i % 20];
    const owner = ids.people[i % ids.people.length];
    if (to === null || to === undefined || owner === undefined) continue;
    const who = { personId: owner.id, personName: owner.name };
    event('task.assigned', now - 2 * minute, { ...task, from: null, to: who, checkBackAt: now });
    const late = to === 'in-progress' && i % 7 === 0;
    const checkBackAt = late ? now - 5 * minute : now + (20 + (i % 100)) * minute;
    const ownerName = owner.name;
    event('task.check-back-set', now - minute, { ...task, checkBackAt, timeBoxMinutes: 15, ownerName });
    const reason = to === 'blocked' ? 'Waiting on the vendor' : to === 'dropped' ? 'Covered by rollback' : '';
    if (to !== 'todo')
      event('task.status-changed', now - minute, { ...task, from: 'todo', to, reason, ownerName });
  }
  const rows = new Map<string, Task>();
  for (const e of events) rows.set(e.payload.taskId, projectTask(rows.get(e.payload.taskId), e));
  return { tasks: [...rows.values()], events };
}

/** Runs inside the page: puts the seeded rows in one transaction and counts the new log lines. */
type Prepared = ReturnType<typeof v3RowsOf>;
type WriteArgs = { seed: TaskSeed; incidentId: string; lines: number; prepared: Prepared };

async function writeInPage(args: WriteArgs): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('war-room');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error('no war-room database'));
  });
  await new Promise<void>((resolve, reject) => {
    const stores = ['tasks', 'events', 'logCounts', 'taskRevisions', 'loadMinutes'];
    const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' });
    for (const task of args.seed.tasks) tx.objectStore('tasks').put(task);
    for (const row of args.prepared.taskRevisions) tx.objectStore('taskRevisions').put(row);
    for (const row of args.prepared.loadMinutes) tx.objectStore('loadMinutes').put(row);
    for (const event of args.seed.events) tx.objectStore('events').put(event);
    const counts = tx.objectStore('logCounts');
    const read = counts.get(args.incidentId);
    read.onsuccess = () =>
      counts.put({ incidentId: args.incidentId, count: (read.result?.count ?? 0) + args.lines });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the task seeding transaction was aborted'));
  });
  db.close();
}

/** Runs inside the page: the incident's row and the events the UI wrote for it (declaration, check-ins). */
async function readIncident(incidentId: string): Promise<{ incident: unknown; events: unknown[] }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('war-room');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['incidents', 'events']);
  const read = (request: IDBRequest) =>
    new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const incident = await read(tx.objectStore('incidents').get(incidentId));
  const events = (await read(tx.objectStore('events').index('incidentId').getAll(incidentId))) as unknown[];
  db.close();
  return { incident, events };
}

/** Writes the seed into the app's database in one transaction, with the prepared rows made from it. */
export async function writeTaskSeed(page: Page, incidentId: string, seed: TaskSeed): Promise<void> {
  const stored = await page.evaluate(readIncident, incidentId);
  if (stored.incident === undefined) throw new Error(`no incident ${incidentId} to seed tasks on`);
  const events = [...(stored.events as IncidentEvent[]), ...seed.events];
  const prepared = v3RowsOf(events, [stored.incident as Incident]);
  await page.evaluate(writeInPage, { seed, incidentId, lines: seed.events.length, prepared });
}
