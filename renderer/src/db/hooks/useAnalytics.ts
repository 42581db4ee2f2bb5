import { useLiveQuery } from 'dexie-react-hooks';
import {
  loadLogOfMinutes,
  overlapsWindow,
  type CrossIncidentStore,
  type LoadLog,
} from '../../domain/analytics';
import { db as appDb } from '../index';
import type { PersonRow } from '../rows';
import type { WarRoomDatabase } from '../schema';

/**
 * One incident's load as the charts read it: its load minutes (a row per minute in which someone's load
 * changed, kept by the projector), never its task events. A 14-hour incident is at most 840 rows.
 */
export async function readLoadLog(db: WarRoomDatabase, incidentId: string): Promise<LoadLog> {
  return loadLogOfMinutes(await db.loadMinutes.where('incidentId').equals(incidentId).toArray());
}

/** The stored facts of every incident that may count in a window starting at `windowStart`. */
export async function readCrossIncidentStore(
  db: WarRoomDatabase,
  windowStart: number,
): Promise<CrossIncidentStore> {
  const incidents = (await db.incidents.toArray()).filter((i) => overlapsWindow(i, windowStart));
  const ids = incidents.map((incident) => incident.id);
  const [checkIns, rests, declarations] = await Promise.all([
    db.checkIns.where('incidentId').anyOf(ids).toArray(),
    db.rests.where('incidentId').anyOf(ids).toArray(),
    db.events
      .where('[incidentId+type]')
      .anyOf(ids.map((id): [string, string] => [id, 'incident.declared']))
      .toArray(),
  ]);
  const personIds = [...new Set(checkIns.map((stay) => stay.personId))];
  const people = (await db.people.bulkGet(personIds)).filter((p): p is PersonRow => p !== undefined);
  const declaredBy = new Map<string, string>();
  for (const event of declarations) {
    if (event.type === 'incident.declared') declaredBy.set(event.incidentId, event.payload.commanderId);
  }
  return { incidents, checkIns, rests, people, declaredBy };
}

/**
 * The incident's load, kept live; `undefined` while loading. Only mounted while the load panel is open.
 * It wakes only when a row of this incident's load minutes changes: a log line, a broadcast or another
 * incident's work does not make it read again.
 */
export function useLoadLog(incidentId: string): LoadLog | undefined {
  return useLiveQuery(() => readLoadLog(appDb, incidentId), [incidentId]);
}

/** The facts behind the cross-incident figures for a window starting at `windowStart`, kept live. */
export function useCrossIncidentStore(windowStart: number): CrossIncidentStore | undefined {
  return useLiveQuery(() => readCrossIncidentStore(appDb, windowStart), [windowStart]);
}
