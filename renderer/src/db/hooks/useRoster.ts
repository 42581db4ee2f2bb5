import { useLiveQuery } from 'dexie-react-hooks';
import { resolutionTimes } from '../../domain/incident/resolution';
import type { RosterInput } from '../../domain/roster/roster';
import type { Person } from '../../domain/roster/types';
import { db } from '../index';
import type { WarRoomDatabase } from '../schema';

/**
 * Everything the roster needs for one incident: its check-ins and roles, plus each of its people's
 * check-ins and rests on other incidents (work on several incidents counts once toward fatigue).
 * Only roster tables and the incident rows are read, so a log line never wakes it.
 */
export async function readRosterInput(db: WarRoomDatabase, incidentId: string): Promise<RosterInput> {
  const here = await db.checkIns.where('incidentId').equals(incidentId).toArray();
  const personIds = [...new Set(here.map((c) => c.personId))];
  const [checkIns, rests, tenures, people] = await Promise.all([
    db.checkIns.where('personId').anyOf(personIds).toArray(),
    db.rests.where('personId').anyOf(personIds).toArray(),
    db.roleTenures.where('incidentId').equals(incidentId).toArray(),
    db.people.bulkGet(personIds),
  ]);
  const directory = new Map<string, Person>();
  for (const person of people) if (person !== undefined) directory.set(person.id, person);
  // Work on a resolved incident ends at its resolution, also for someone never checked out.
  const incidents = await db.incidents.bulkGet([...new Set(checkIns.map((c) => c.incidentId))]);
  return {
    incidentId,
    people: directory,
    checkIns,
    rests,
    tenures,
    resolvedAt: resolutionTimes(incidents),
  };
}

export function useRosterInput(incidentId: string): RosterInput | undefined {
  return useLiveQuery(() => readRosterInput(db, incidentId), [incidentId]);
}

/** The whole directory, by name, for the check-in dialog. */
export function usePeople(): Person[] | undefined {
  return useLiveQuery(() => db.people.orderBy('name').toArray(), []);
}
