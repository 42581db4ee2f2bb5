/** Small reads the roster's writes check against before appending anything. */
import { DomainError } from '../../domain/errors';
import type { Person } from '../../domain/roster/types';
import type { CheckInRow, RestRow, RoleTenureRow } from '../rows';
import type { WarRoomDatabase } from '../schema';

export async function requirePerson(db: WarRoomDatabase, personId: string): Promise<Person> {
  const person = await db.people.get(personId);
  if (person === undefined) throw new DomainError('unknown-person');
  return person;
}

/** The person's current check-in on this incident, if they are on it now. */
export async function openCheckIn(
  db: WarRoomDatabase,
  incidentId: string,
  personId: string,
): Promise<CheckInRow | undefined> {
  const rows = await db.checkIns.where('[incidentId+personId]').equals([incidentId, personId]).toArray();
  return rows.find((r) => r.checkedOutAt === null);
}

export async function openRest(db: WarRoomDatabase, checkInId: string): Promise<RestRow | undefined> {
  const rests = await db.rests.where('checkInId').equals(checkInId).toArray();
  return rests.find((r) => r.endedAt === null);
}

/** Roles the person holds on the incident now. */
export async function activeTenures(
  db: WarRoomDatabase,
  incidentId: string,
  personId: string,
): Promise<RoleTenureRow[]> {
  const rows = await db.roleTenures.where('[incidentId+personId]').equals([incidentId, personId]).toArray();
  return rows.filter((t) => t.renouncedAt === null);
}
