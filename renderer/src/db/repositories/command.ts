/** Roles and command: one person may hold several roles; the incident always has exactly one IC. */
import { DomainError } from '../../domain/errors';
import type { ResponderRole } from '../../domain/roster/types';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import { activeTenures, openCheckIn, openRest, requirePerson } from './roster-reads';

async function requireCheckedIn(db: WarRoomDatabase, incidentId: string, personId: string) {
  const person = await requirePerson(db, personId);
  const row = await openCheckIn(db, incidentId, personId);
  if (row === undefined) throw new DomainError('not-checked-in-name', { name: person.name });
  return { person, row };
}

/** Gives a checked-in responder another role; command changes hands only through a hand-over. */
export async function assumeRole(
  db: WarRoomDatabase,
  input: { incidentId: string; personId: string; role: ResponderRole },
  context: RecordContext,
): Promise<void> {
  if (input.role === 'incident-commander') throw new DomainError('use-hand-over');
  const { person } = await requireCheckedIn(db, input.incidentId, input.personId);
  const held = await activeTenures(db, input.incidentId, input.personId);
  if (held.some((t) => t.role === input.role)) return;
  await appendEvents(db, [
    newEvent(
      'role.assumed',
      input.incidentId,
      { tenureId: newId(context.now), personId: person.id, personName: person.name, role: input.role },
      context,
    ),
  ]);
}

export async function renounceRole(
  db: WarRoomDatabase,
  tenureId: string,
  context: RecordContext,
): Promise<void> {
  const tenure = await db.roleTenures.get(tenureId);
  if (tenure === undefined || tenure.renouncedAt !== null) return;
  if (tenure.role === 'incident-commander') throw new DomainError('use-hand-over');
  const person = await requirePerson(db, tenure.personId);
  await appendEvents(db, [
    newEvent(
      'role.renounced',
      tenure.incidentId,
      { tenureId, personId: person.id, personName: person.name, role: tenure.role },
      context,
    ),
  ]);
}

/**
 * The outgoing IC, still checked in, stays on the roster as a responder unless they hold another
 * role: someone at work with no role would be on the incident in no capacity the ICS-211 can name.
 */
async function keptAsResponder(
  db: WarRoomDatabase,
  incidentId: string,
  from: { id: string; name: string },
  context: RecordContext,
) {
  if ((await openCheckIn(db, incidentId, from.id)) === undefined) return [];
  const others = (await activeTenures(db, incidentId, from.id)).filter(
    (t) => t.role !== 'incident-commander',
  );
  if (others.length > 0) return [];
  const role: ResponderRole = 'responder';
  const payload = { tenureId: newId(context.now), personId: from.id, personName: from.name, role };
  return [newEvent('role.assumed', incidentId, payload, context)];
}

/**
 * Hands command to another checked-in responder who is not resting: one explicit event, and in the
 * same transaction the outgoing IC's role from then on (responder).
 */
export async function handOverCommand(
  db: WarRoomDatabase,
  input: { incidentId: string; toPersonId: string },
  context: RecordContext,
): Promise<void> {
  const incident = await db.incidents.get(input.incidentId);
  if (incident === undefined) throw new DomainError('unknown-incident');
  if (incident.commanderId === input.toPersonId) throw new DomainError('already-commander');
  const { person: to, row } = await requireCheckedIn(db, input.incidentId, input.toPersonId);
  if ((await openRest(db, row.id)) !== undefined)
    throw new DomainError('hand-over-to-resting', { name: to.name });
  const current = (
    await db.roleTenures.where('[incidentId+role]').equals([input.incidentId, 'incident-commander']).toArray()
  ).find((t) => t.renouncedAt === null);
  if (current === undefined) throw new Error(`incident ${input.incidentId} has no commander tenure`);
  const from = await requirePerson(db, current.personId);
  const handedOver = newEvent(
    'command.handed-over',
    input.incidentId,
    {
      from: { personId: from.id, personName: from.name, tenureId: current.id },
      to: { personId: to.id, personName: to.name, tenureId: newId(context.now) },
    },
    context,
  );
  // Built after the hand-over so its id, and its line in the log, comes after it.
  const keeps = await keptAsResponder(db, input.incidentId, from, context);
  await appendEvents(db, [handedOver, ...keeps]);
}
