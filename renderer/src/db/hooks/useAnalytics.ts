import { useLiveQuery } from 'dexie-react-hooks';
import {
  isLoadEvent,
  loadEventTypes,
  overlapsWindow,
  type CrossIncidentStore,
  type LoadEvent,
} from '../../domain/analytics';
import { db as appDb } from '../index';
import type { PersonRow } from '../rows';
import type { WarRoomDatabase } from '../schema';

/**
 * One incident's task and presence events, fetched by `[incidentId+type]` so a log of 100k entries is
 * never scanned: notes, broadcasts and the like are not even read.
 */
export async function readLoadEvents(db: WarRoomDatabase, incidentId: string): Promise<LoadEvent[]> {
  // One equality range per type: each is a single getAll, where anyOf would walk a cursor row by row.
  const byType = await Promise.all(
    loadEventTypes.map((type) => db.events.where('[incidentId+type]').equals([incidentId, type]).toArray()),
  );
  return byType.flat().filter(isLoadEvent);
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
 * The load events of one incident, kept live; `undefined` while loading. Only mounted while the load
 * panel is open, so the cockpit's hot path never reads them.
 */
export function useLoadEvents(incidentId: string): LoadEvent[] | undefined {
  return useLiveQuery(() => readLoadEvents(appDb, incidentId), [incidentId]);
}

/** The facts behind the cross-incident figures for a window starting at `windowStart`, kept live. */
export function useCrossIncidentStore(windowStart: number): CrossIncidentStore | undefined {
  return useLiveQuery(() => readCrossIncidentStore(appDb, windowStart), [windowStart]);
}
