/** The responder directory, kept across incidents. */
import { DomainError } from '../../domain/errors';
import { checkPerson, type PersonInput } from '../../domain/roster/rules';
import { directoryStream, type Person } from '../../domain/roster/types';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import type { PersonAdded } from '../../domain/roster/events';

/** The directory event for a new person; appended together with whatever uses them (a check-in). */
export async function newPersonEvent(
  db: WarRoomDatabase,
  input: PersonInput,
  context: RecordContext,
): Promise<PersonAdded> {
  const person = checkPerson(input, newId(context.now));
  const sameName = await db.people.where('name').equalsIgnoreCase(person.name).first();
  if (sameName !== undefined) throw new DomainError('person-exists', { name: sameName.name });
  return newEvent('person.added', directoryStream, { person }, context);
}

/** Adds someone to the directory; returns their id. */
export async function addPerson(
  db: WarRoomDatabase,
  input: PersonInput,
  context: RecordContext,
): Promise<string> {
  const event = await newPersonEvent(db, input, context);
  await appendEvents(db, [event]);
  return event.payload.person.id;
}

export async function updatePerson(
  db: WarRoomDatabase,
  personId: string,
  input: PersonInput,
  context: RecordContext,
): Promise<void> {
  if ((await db.people.get(personId)) === undefined) throw new DomainError('unknown-person');
  const person: Person = checkPerson(input, personId);
  await appendEvents(db, [newEvent('person.updated', directoryStream, { person }, context)]);
}

/** Finds a person by name (any case), for the quick paths where the IC just types a name. */
export async function findPersonByName(db: WarRoomDatabase, name: string): Promise<Person | undefined> {
  return db.people.where('name').equalsIgnoreCase(name.trim()).first();
}
