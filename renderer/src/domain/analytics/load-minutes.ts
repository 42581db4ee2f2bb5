/**
 * The load charts' prepared input: one row per minute of an incident in which someone's load changed,
 * kept by the projector as events arrive, so opening the charts reads at most one row per minute of the
 * incident (840 for a 14-hour night) instead of its 100k task events.
 *
 * Why minutes: the open-tasks chart samples at the declaration and every whole number of minutes after it
 * (`bucketSizeFor`), plus the end. A row holds each person's net change of open tasks up to its minute's
 * end, so every sample is exact. Presence (check-in, out, rest) is kept change by change, at its own
 * time, since duty hours and rest periods need the exact times and there are few of them.
 */
import type { IncidentEvent } from '../log/events';
import { countsAsLoad, type Task } from '../tasks/types';
import type { LoadLog } from './from-log';
import type { LoadChange, PresenceKind } from './load-changes';

const minuteMs = 60_000;

export type PresenceChange = { ts: number; personId: string; kind: PresenceKind; eventId: string };

/** A person's name as an event recorded it; the latest event (by time, then id) wins. */
export type RecordedName = { name: string; ts: number; eventId: string };

export type LoadMinute = {
  /** `incidentId:minute`, so a row is found by key. */
  id: string;
  incidentId: string;
  /** Whole minutes after the declaration, rounded up; 0 for the declaration's instant and before it. */
  minute: number;
  /** Each person's net change of open tasks within the minute (0 when it came back to where it was). */
  openTasks: Record<string, number>;
  /** When the minute's latest task change happened: the chart applies the minute's changes there. */
  tasksAt: number | null;
  /** In (ts, event id) order. */
  presence: PresenceChange[];
  names: Record<string, RecordedName>;
};

/** What one event does to the load: who gains or loses an open task, who comes or goes, names. */
export type LoadTouch = {
  ts: number;
  eventId: string;
  tasks: { personId: string; by: number }[];
  presence: PresenceKind | null;
  /** The person the presence change is about, and every name the event records. */
  people: { personId: string; name: string }[];
};

const presenceKinds: Partial<Record<IncidentEvent['type'], PresenceKind>> = {
  'responder.checked-in': 'checked-in',
  'responder.checked-out': 'checked-out',
  'rest.started': 'rest-started',
  'rest.ended': 'rest-ended',
};

/** Who a task weighs on: its owner while it is open and not a follow-up (the board's rule). */
export function loadHolder(task: Pick<Task, 'ownerId' | 'category' | 'status'> | undefined): string | null {
  return task !== undefined && countsAsLoad(task) ? task.ownerId : null;
}

/** The minute a change at `ts` belongs to; before the incident is known (a replay), the first. */
export function loadMinuteOf(declaredAt: number | undefined, ts: number): number {
  if (declaredAt === undefined) return 0;
  return Math.max(0, Math.ceil((ts - declaredAt) / minuteMs));
}

export function loadMinuteId(incidentId: string, minute: number): string {
  return `${incidentId}:${String(minute).padStart(7, '0')}`;
}

export function emptyLoadMinute(incidentId: string, minute: number): LoadMinute {
  const id = loadMinuteId(incidentId, minute);
  return { id, incidentId, minute, openTasks: {}, tasksAt: null, presence: [], names: {} };
}

/** A task event's touch, from who the task weighed on before and after it; null when nobody's load moved. */
export function taskLoadTouch(
  event: IncidentEvent,
  before: string | null,
  after: string | null,
): LoadTouch | null {
  if (before === after) return null;
  const tasks = [
    ...(before === null ? [] : [{ personId: before, by: -1 }]),
    ...(after === null ? [] : [{ personId: after, by: 1 }]),
  ];
  const people =
    event.type === 'task.assigned' ? [{ ...event.payload.to, name: event.payload.to.personName }] : [];
  return { ts: event.ts, eventId: event.id, tasks, presence: null, people };
}

/** A check-in, check-out or rest as a touch; null for any other event. */
export function presenceLoadTouch(event: IncidentEvent): LoadTouch | null {
  const kind = presenceKinds[event.type];
  if (kind === undefined || !('personName' in event.payload) || !('personId' in event.payload)) return null;
  const { personId, personName } = event.payload;
  return {
    ts: event.ts,
    eventId: event.id,
    tasks: [],
    presence: kind,
    people: [{ personId, name: personName }],
  };
}

function later(a: { ts: number; eventId: string }, b: { ts: number; eventId: string }): boolean {
  return a.ts > b.ts || (a.ts === b.ts && a.eventId > b.eventId);
}

/** The row with the touch added; the same rows come out whatever order the touches arrive in. */
export function addToLoadMinute(row: LoadMinute, touch: LoadTouch): LoadMinute {
  const openTasks = { ...row.openTasks };
  for (const { personId, by } of touch.tasks) openTasks[personId] = (openTasks[personId] ?? 0) + by;
  const tasksAt = touch.tasks.length === 0 ? row.tasksAt : Math.max(row.tasksAt ?? touch.ts, touch.ts);
  const names = { ...row.names };
  for (const { personId, name } of touch.people) {
    const known = names[personId];
    if (known === undefined || later(touch, known))
      names[personId] = { name, ts: touch.ts, eventId: touch.eventId };
  }
  const first = touch.people[0];
  const presence =
    touch.presence === null || first === undefined
      ? row.presence
      : [
          ...row.presence,
          { ts: touch.ts, personId: first.personId, kind: touch.presence, eventId: touch.eventId },
        ].sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0));
  return { ...row, openTasks, tasksAt, presence, names };
}

/**
 * The rows read back as the analytics' input: presence at its times, each minute's net task changes at
 * the time of its latest one (a count, not a task id: the projector already knew who held what).
 */
export function loadLogOfMinutes(rows: readonly LoadMinute[]): LoadLog {
  const ordered = [...rows].sort((a, b) => a.minute - b.minute);
  const changes: LoadChange[] = [];
  const latest = new Map<string, RecordedName>();
  for (const row of ordered) {
    for (const p of row.presence) changes.push({ ts: p.ts, personId: p.personId, kind: p.kind });
    for (const [personId, by] of Object.entries(row.openTasks)) {
      const kind = by < 0 ? 'task-released' : 'task-assigned';
      changes.push({ ts: row.tasksAt ?? 0, personId, kind, count: Math.abs(by) });
    }
    for (const [personId, recorded] of Object.entries(row.names)) {
      const known = latest.get(personId);
      if (known === undefined || later(recorded, known)) latest.set(personId, recorded);
    }
  }
  // Stable: within one instant, presence before the minute's task counts, as listed above.
  changes.sort((a, b) => a.ts - b.ts);
  return { changes, names: new Map([...latest].map(([id, recorded]) => [id, recorded.name])) };
}
