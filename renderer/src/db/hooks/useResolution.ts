import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../index';

/**
 * Who is still checked in on a resolved incident, by name; empty while it is not resolved (nothing
 * is read then). `undefined` while loading.
 */
export function useStillCheckedIn(incidentId: string, resolved: boolean): string[] | undefined {
  return useLiveQuery(async () => {
    if (!resolved) return [];
    const stays = await db.checkIns.where('incidentId').equals(incidentId).toArray();
    const open = stays.filter((stay) => stay.checkedOutAt === null);
    const people = await db.people.bulkGet(open.map((stay) => stay.personId));
    return people.flatMap((person) => (person === undefined ? [] : [person.name]));
  }, [incidentId, resolved]);
}
