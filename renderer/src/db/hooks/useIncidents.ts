import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '../../domain/incident/types';
import { db } from '../index';

/** Active incidents first (newest first), then resolved ones; `undefined` while loading. */
export function useIncidents(): Incident[] | undefined {
  return useLiveQuery(async () => {
    const all = await db.incidents.orderBy('declaredAt').reverse().toArray();
    return [...all.filter((i) => i.status !== 'resolved'), ...all.filter((i) => i.status === 'resolved')];
  }, []);
}

/** One incident; `null` when it does not exist, `undefined` while loading. */
export function useIncident(incidentId: string | null): Incident | null | undefined {
  return useLiveQuery(
    async () => (incidentId === null ? null : ((await db.incidents.get(incidentId)) ?? null)),
    [incidentId],
  );
}
