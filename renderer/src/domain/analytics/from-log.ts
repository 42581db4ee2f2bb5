/**
 * The incident log's typed events mapped onto the load analytics' input. A task weighs on its owner while
 * it is open, owned and not a follow-up (the task board's own rule, `countsAsLoad`); every event that can
 * change one of those three becomes, at most, one load change.
 */
import type { IncidentEvent } from '../log/events';
import { countsAsLoad, type TaskCategory, type TaskStatus } from '../tasks/types';
import type { LoadChange, PresenceKind } from './load-changes';

/** The log events the load analytics read; the store fetches only these, by `[incidentId+type]`. */
export const loadEventTypes = [
  'task.created',
  'task.assigned',
  'task.status-changed',
  'task.edited',
  'responder.checked-in',
  'responder.checked-out',
  'rest.started',
  'rest.ended',
] as const satisfies readonly IncidentEvent['type'][];
export type LoadEventType = (typeof loadEventTypes)[number];
export type LoadEvent = Extract<IncidentEvent, { type: LoadEventType }>;

export type LoadLog = {
  /** In time order (ties in the order the events were recorded). */
  changes: LoadChange[];
  /** Each person's name as the log last recorded it, for chart legends and tables. */
  names: Map<string, string>;
};

type TaskState = { ownerId: string | null; category: TaskCategory; status: TaskStatus };

const loadTypes: ReadonlySet<string> = new Set(loadEventTypes);

/** Narrows a log event to those the load analytics read. */
export function isLoadEvent(event: IncidentEvent): event is LoadEvent {
  return loadTypes.has(event.type);
}

function byTime(a: LoadEvent, b: LoadEvent): number {
  // A task is created and assigned in one transaction with one ts; the sortable ids keep their order.
  return a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function inLogOrder(events: readonly LoadEvent[]): readonly LoadEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    const previous = events[i - 1];
    const current = events[i];
    if (previous !== undefined && current !== undefined && byTime(previous, current) > 0) {
      return [...events].sort(byTime);
    }
  }
  return events;
}

const unknownTask: TaskState = { ownerId: null, category: 'restore-service', status: 'todo' };

function holderOf(task: TaskState): string | null {
  return countsAsLoad(task) ? task.ownerId : null;
}

type PresenceEvent = Extract<LoadEvent, { payload: { personName: string } }>;
type TaskLoadEvent = Exclude<LoadEvent, PresenceEvent>;

const presenceKinds: Record<PresenceEvent['type'], PresenceKind> = {
  'responder.checked-in': 'checked-in',
  'responder.checked-out': 'checked-out',
  'rest.started': 'rest-started',
  'rest.ended': 'rest-ended',
};

function taskAfter(before: TaskState, event: TaskLoadEvent): TaskState {
  switch (event.type) {
    case 'task.created':
    case 'task.edited':
      return { ...before, category: event.payload.category };
    case 'task.assigned':
      return { ...before, ownerId: event.payload.to.personId };
    case 'task.status-changed':
      return { ...before, status: event.payload.to };
  }
}

/** Replays the task and presence events of one incident into load changes; events may come in any order. */
export function loadChangesFromLog(events: readonly LoadEvent[]): LoadLog {
  const changes: LoadChange[] = [];
  const names = new Map<string, string>();
  const tasks = new Map<string, TaskState>();
  for (const event of inLogOrder(events)) {
    if (event.type === 'task.assigned') names.set(event.payload.to.personId, event.payload.to.personName);
    if (
      event.type === 'responder.checked-in' ||
      event.type === 'responder.checked-out' ||
      event.type === 'rest.started' ||
      event.type === 'rest.ended'
    ) {
      names.set(event.payload.personId, event.payload.personName);
      changes.push({ ts: event.ts, personId: event.payload.personId, kind: presenceKinds[event.type] });
      continue;
    }
    const taskId = event.payload.taskId;
    // A task first seen by its assignment (a log merged from elsewhere) is taken for incident work.
    const before = tasks.get(taskId) ?? unknownTask;
    const after = taskAfter(before, event);
    tasks.set(taskId, after);
    const held = holderOf(before);
    const holds = holderOf(after);
    if (held === holds) continue;
    // An assignment to someone new moves the task in the replay, so no separate release is needed.
    if (holds !== null) changes.push({ ts: event.ts, personId: holds, kind: 'task-assigned', taskId });
    else if (held !== null) changes.push({ ts: event.ts, personId: held, kind: 'task-released', taskId });
  }
  return { changes, names };
}
