/**
 * The load charts' prepared rows (domain/analytics/load-minutes.ts), kept as task and presence events are
 * projected, and each incident's task revision, which the board watches. Called by the task and roster
 * handlers, which know who a task weighed on before and after the event.
 */
import {
  addToLoadMinute,
  emptyLoadMinute,
  loadMinuteId,
  loadMinuteOf,
  presenceLoadTouch,
  type LoadTouch,
} from '../../domain/analytics/load-minutes';
import type { IncidentEvent } from '../../domain/log/events';
import type { ProjectionTables } from './types';

type LoadTables = Pick<ProjectionTables, 'incidents' | 'loadMinutes'>;

/** Adds the touch to its minute's row. */
export async function recordLoad(tables: LoadTables, event: IncidentEvent, touch: LoadTouch | null) {
  if (touch === null) return;
  // Unknown while a replay in event time meets a check-in dated before the declaration: the first minute.
  const incident = await tables.incidents.get(event.incidentId);
  const minute = loadMinuteOf(incident?.declaredAt, event.ts);
  const row =
    (await tables.loadMinutes.get(loadMinuteId(event.incidentId, minute))) ??
    emptyLoadMinute(event.incidentId, minute);
  await tables.loadMinutes.put(addToLoadMinute(row, touch));
}

/** A check-in, check-out or rest, in its minute's row. */
export function recordPresence(tables: LoadTables, event: IncidentEvent): Promise<void> {
  return recordLoad(tables, event, presenceLoadTouch(event));
}

/** One more change on the incident's board. */
export async function bumpTaskRevision(tables: Pick<ProjectionTables, 'taskRevisions'>, incidentId: string) {
  const current = await tables.taskRevisions.get(incidentId);
  await tables.taskRevisions.put({ incidentId, revision: (current?.revision ?? 0) + 1 });
}
