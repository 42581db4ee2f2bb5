/** Check-in, check-out and rest: who is on the incident, and since when (ICS-211). */
import { DomainError } from '../../domain/errors';
import { limits } from '../../domain/incident/types';
import { optionalText } from '../../domain/incident/validate';
import { checkRecordedTime } from '../../domain/log/recorded-time';
import type { CheckOutReason, Location, ResponderRole } from '../../domain/roster/types';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import type { CheckInRow } from '../rows';
import type { WarRoomDatabase } from '../schema';
import { activeTenures, openCheckIn, openRest, requirePerson } from './roster-reads';

export type CheckInInput = {
  incidentId: string;
  personId: string;
  roles: ResponderRole[];
  location: Location;
  locationDetail?: string;
  contact?: string;
  assignment?: string;
  /** When they arrived, if not now; needs `reason`. */
  at?: number;
  reason?: string;
};

/** Checks a responder in; refuses a second open check-in and a second commander. Returns the check-in id. */
export async function checkIn(
  db: WarRoomDatabase,
  input: CheckInInput,
  context: RecordContext,
): Promise<string> {
  if (input.roles.includes('incident-commander')) throw new DomainError('use-hand-over');
  const person = await requirePerson(db, input.personId);
  if ((await db.incidents.get(input.incidentId)) === undefined) throw new DomainError('unknown-incident');
  if ((await openCheckIn(db, input.incidentId, input.personId)) !== undefined) {
    throw new DomainError('already-checked-in', { name: person.name });
  }
  const { ts, backdatedReason } = checkRecordedTime(input.at, input.reason, context.now);
  const roles = (input.roles.length === 0 ? ['responder' as const] : [...new Set(input.roles)]).map(
    (role) => ({
      tenureId: newId(context.now),
      role,
    }),
  );
  const checkInId = newId(context.now);
  await appendEvents(db, [
    newEvent(
      'responder.checked-in',
      input.incidentId,
      {
        checkInId,
        personId: person.id,
        personName: person.name,
        roles,
        location: input.location,
        locationDetail: optionalText(input.locationDetail ?? '', 'location', limits.nameMaxLength),
        contact: optionalText(input.contact ?? person.contact, 'contact', limits.nameMaxLength),
        assignment: optionalText(input.assignment ?? '', 'assignment', limits.summaryMaxLength),
        backdatedReason,
      },
      { ...context, ts },
    ),
  ]);
  return checkInId;
}

async function openCheckInById(db: WarRoomDatabase, checkInId: string): Promise<CheckInRow> {
  const row = await db.checkIns.get(checkInId);
  if (row === undefined || row.checkedOutAt !== null) throw new DomainError('not-checked-in');
  return row;
}

/** Checks a responder out; the incident commander must hand over command first. */
export async function checkOut(
  db: WarRoomDatabase,
  input: { checkInId: string; reason: CheckOutReason; note?: string; at?: number; timeReason?: string },
  context: RecordContext,
): Promise<void> {
  const row = await openCheckInById(db, input.checkInId);
  const person = await requirePerson(db, row.personId);
  const roles = await activeTenures(db, row.incidentId, row.personId);
  if (roles.some((t) => t.role === 'incident-commander'))
    throw new DomainError('hand-over-first', { name: person.name });
  const { ts } = checkRecordedTime(input.at, input.timeReason, context.now);
  if (ts < row.checkedInAt) throw new DomainError('check-out-before-check-in');
  const note = optionalText(input.note ?? '', 'note', limits.summaryMaxLength);
  await appendEvents(db, [
    newEvent(
      'responder.checked-out',
      row.incidentId,
      { checkInId: row.id, personId: person.id, personName: person.name, reason: input.reason, note },
      { ...context, ts },
    ),
  ]);
}

/** Sends a checked-in responder to rest: still on the incident, not available for tasks. */
export async function startRest(
  db: WarRoomDatabase,
  checkInId: string,
  context: RecordContext,
): Promise<void> {
  const row = await openCheckInById(db, checkInId);
  const person = await requirePerson(db, row.personId);
  if ((await openRest(db, checkInId)) !== undefined)
    throw new DomainError('already-resting', { name: person.name });
  const roles = await activeTenures(db, row.incidentId, row.personId);
  if (roles.some((t) => t.role === 'incident-commander')) throw new DomainError('commander-cannot-rest');
  await appendEvents(db, [
    newEvent(
      'rest.started',
      row.incidentId,
      { restId: newId(context.now), checkInId, personId: person.id, personName: person.name },
      context,
    ),
  ]);
}

export async function endRest(db: WarRoomDatabase, checkInId: string, context: RecordContext): Promise<void> {
  const row = await openCheckInById(db, checkInId);
  const person = await requirePerson(db, row.personId);
  const rest = await openRest(db, checkInId);
  if (rest === undefined) throw new DomainError('not-resting', { name: person.name });
  await appendEvents(db, [
    newEvent(
      'rest.ended',
      row.incidentId,
      { restId: rest.id, personId: person.id, personName: person.name },
      context,
    ),
  ]);
}

export async function changeAssignment(
  db: WarRoomDatabase,
  checkInId: string,
  assignment: string,
  context: RecordContext,
): Promise<void> {
  const row = await openCheckInById(db, checkInId);
  const person = await requirePerson(db, row.personId);
  const text = optionalText(assignment, 'assignment', limits.summaryMaxLength);
  if (text === row.assignment) return;
  await appendEvents(db, [
    newEvent(
      'responder.assignment-changed',
      row.incidentId,
      { checkInId, personId: person.id, personName: person.name, assignment: text },
      context,
    ),
  ]);
}
