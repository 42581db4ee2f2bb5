/**
 * Schema version 3's upgrade: fills the task revisions and the load minutes from the events a desk already
 * has, so an incident stored before the upgrade opens its board and its load charts as one recorded after.
 * The same pure steps as the projector (domain/analytics/load-minutes.ts), over the events in log order;
 * who held each task at each step is replayed here, since the tasks table only holds the latest state.
 */
import type { Transaction } from 'dexie';
import {
  addToLoadMinute,
  emptyLoadMinute,
  loadHolder,
  loadMinuteId,
  loadMinuteOf,
  presenceLoadTouch,
  taskLoadTouch,
  type LoadMinute,
  type LoadTouch,
} from '../../domain/analytics/load-minutes';
import type { Incident } from '../../domain/incident/types';
import type { IncidentEvent } from '../../domain/log/events';
import type { TaskEvent } from '../../domain/tasks/events';
import { projectTask } from '../../domain/tasks/project';
import type { Task } from '../../domain/tasks/types';

const taskTypes = [
  'task.created',
  'task.assigned',
  'task.status-changed',
  'task.acknowledged',
  'task.check-back-set',
  'task.edited',
] as const satisfies readonly TaskEvent['type'][];
const presenceTypes = [
  'responder.checked-in',
  'responder.checked-out',
  'rest.started',
  'rest.ended',
] as const;

function isTaskEvent(event: IncidentEvent): event is TaskEvent {
  return (taskTypes as readonly string[]).includes(event.type);
}

function inLogOrder(a: IncidentEvent, b: IncidentEvent): number {
  return a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rows version 3 adds, from the events in the log (pure over its input, so a test can check it). */
export function v3RowsOf(events: readonly IncidentEvent[], incidents: readonly Incident[]) {
  const declaredAt = new Map(incidents.map((incident) => [incident.id, incident.declaredAt]));
  const tasks = new Map<string, Task>();
  const revisions = new Map<string, number>();
  const minutes = new Map<string, LoadMinute>();
  const add = (event: IncidentEvent, touch: LoadTouch | null) => {
    if (touch === null) return;
    const minute = loadMinuteOf(declaredAt.get(event.incidentId), event.ts);
    const id = loadMinuteId(event.incidentId, minute);
    minutes.set(id, addToLoadMinute(minutes.get(id) ?? emptyLoadMinute(event.incidentId, minute), touch));
  };
  for (const event of [...events].sort(inLogOrder)) {
    if (!isTaskEvent(event)) {
      add(event, presenceLoadTouch(event));
      continue;
    }
    const before = event.type === 'task.created' ? undefined : tasks.get(event.payload.taskId);
    // The projector refused such an event when it was written; it changed nothing then either.
    if (before === undefined && event.type !== 'task.created') continue;
    const after = projectTask(before, event);
    tasks.set(after.id, after);
    revisions.set(event.incidentId, (revisions.get(event.incidentId) ?? 0) + 1);
    add(event, taskLoadTouch(event, loadHolder(before), loadHolder(after)));
  }
  return {
    taskRevisions: [...revisions].map(([incidentId, revision]) => ({ incidentId, revision })),
    loadMinutes: [...minutes.values()],
  };
}

export async function fillV3Projections(tx: Transaction): Promise<void> {
  const events = (await tx
    .table('events')
    .where('type')
    .anyOf([...taskTypes, ...presenceTypes])
    .toArray()) as IncidentEvent[];
  const incidents = (await tx.table('incidents').toArray()) as Incident[];
  const rows = v3RowsOf(events, incidents);
  await tx.table('taskRevisions').bulkPut(rows.taskRevisions);
  await tx.table('loadMinutes').bulkPut(rows.loadMinutes);
}
