/** The responder directory, kept across incidents. */
import { DomainError } from '../../domain/errors';
import { checkPerson, type PersonInput } from '../../domain/roster/rules';
import { directoryStream, type Person } from '../../domain/roster/types';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import { editablePersonFields, type PersonAdded } from '../../domain/roster/events';

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

/** The details the IC may correct; a field left out keeps its value. */
export type PersonDetails = Partial<Omit<PersonInput, 'name'>>;

/**
 * Corrects a known person's details (time zone, contact, Slack ID, e-mail, team) and logs what changed
 * on the incident where it was done. Nothing changed, nothing logged.
 */
export async function changePersonDetails(
  db: WarRoomDatabase,
  input: { incidentId: string; personId: string; details: PersonDetails },
  context: RecordContext,
): Promise<void> {
  const known = await db.people.get(input.personId);
  if (known === undefined) throw new DomainError('unknown-person');
  const before: Person = {
    id: known.id,
    name: known.name,
    team: known.team,
    contact: known.contact,
    slackUserId: known.slackUserId,
    email: known.email,
    timeZone: known.timeZone,
  };
  const person = checkPerson(
    {
      name: before.name,
      team: input.details.team ?? before.team,
      contact: input.details.contact ?? before.contact,
      slackUserId: input.details.slackUserId ?? before.slackUserId ?? '',
      email: input.details.email ?? before.email ?? '',
      timeZone: (input.details.timeZone ?? before.timeZone).trim(),
    },
    before.id,
  );
  const changes = editablePersonFields
    .map((field) => ({ field, from: before[field] ?? '', to: person[field] ?? '' }))
    .filter((change) => change.from !== change.to);
  if (changes.length === 0) return;
  const payload = { personId: person.id, personName: person.name, person, changes };
  await appendEvents(db, [newEvent('person.details-changed', input.incidentId, payload, context)]);
}

/** Finds a person by name (any case), for the quick paths where the IC just types a name. */
export async function findPersonByName(db: WarRoomDatabase, name: string): Promise<Person | undefined> {
  return db.people.where('name').equalsIgnoreCase(name.trim()).first();
}
