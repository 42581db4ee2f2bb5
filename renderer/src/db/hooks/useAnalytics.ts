import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
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

type LoadSnapshot = { incidentId: string; events: LoadEvent[]; newestId: string };

/** The incident's load events and the newest event id in the log when they were read, in one snapshot. */
export async function readLoadSnapshot(db: WarRoomDatabase, incidentId: string): Promise<LoadSnapshot> {
  return db.transaction('r', db.events, async () => {
    const newest = await db.events.orderBy(':id').lastKey();
    const events = await readLoadEvents(db, incidentId);
    return { incidentId, events, newestId: typeof newest === 'string' ? newest : '' };
  });
}

/** Load events of `incidentId` recorded after `newestId`: a short range of the primary key, not a re-read. */
export async function readLoadEventsAfter(
  db: WarRoomDatabase,
  incidentId: string,
  newestId: string,
): Promise<LoadEvent[]> {
  const added = await db.events.where(':id').above(newestId).toArray();
  return added.filter((e): e is LoadEvent => e.incidentId === incidentId && isLoadEvent(e));
}

/**
 * The load events of one incident, kept live; `undefined` while loading. Only mounted while the load
 * panel is open, so the cockpit's hot path never reads them. The full read happens once; after that only
 * events recorded since are read (ids are sortable by recording time), so a new assignment in a 100k-event
 * incident costs a few rows, not the whole log again. An event merged in from another desktop with an older
 * id shows when the panel is next opened.
 */
export function useLoadEvents(incidentId: string): LoadEvent[] | undefined {
  const [snapshot, setSnapshot] = useState<LoadSnapshot | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = async () => {
      const fresh = await readLoadSnapshot(appDb, incidentId);
      if (current) setSnapshot(fresh);
    };
    void read();
    return () => {
      current = false;
    };
  }, [incidentId]);
  const base = snapshot?.incidentId === incidentId ? snapshot : undefined;
  const added = useLiveQuery(
    async () => (base === undefined ? [] : readLoadEventsAfter(appDb, incidentId, base.newestId)),
    [incidentId, base],
  );
  return useMemo(() => {
    if (base === undefined || added === undefined) return undefined;
    return added.length === 0 ? base.events : [...base.events, ...added];
  }, [base, added]);
}

/** The facts behind the cross-incident figures for a window starting at `windowStart`, kept live. */
export function useCrossIncidentStore(windowStart: number): CrossIncidentStore | undefined {
  return useLiveQuery(() => readCrossIncidentStore(appDb, windowStart), [windowStart]);
}
