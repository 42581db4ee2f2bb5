/** Writes about an incident itself: declare it, move its status, severity and commander. */
import { DomainError } from '../../domain/errors';
import type { IncidentEvent } from '../../domain/log/events';
import { checkDeclaration, checkStatus, type DeclareInput } from '../../domain/incident/validate';
import { findPersonByName, newPersonEvent } from './people';
import { recordIncidentChange, type ChangeTime } from './incident-change';
import { resolveIncident } from './resolution';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

/**
 * Declares an incident and checks its commander in, in one transaction: naming an IC is the first
 * act of ICS. A commander not yet in the directory is added to it. Returns the incident's id.
 * `alsoRecord` adds events of the new incident to the same write (a drill's start and its scenario).
 */
export async function declareIncident(
  db: WarRoomDatabase,
  input: DeclareInput & { commanderTimeZone?: string },
  context: RecordContext,
  alsoRecord: (incidentId: string) => IncidentEvent[] = () => [],
): Promise<string> {
  const declaration = checkDeclaration(input);
  const known = await findPersonByName(db, declaration.commanderName);
  const added =
    known === undefined
      ? await newPersonEvent(
          db,
          { name: declaration.commanderName, timeZone: input.commanderTimeZone ?? 'UTC' },
          context,
        )
      : undefined;
  const commander = known ?? added?.payload.person;
  if (commander === undefined) throw new Error('unreachable: a commander is either known or added');
  const incidentId = newId(context.now);
  const declared = newEvent(
    'incident.declared',
    incidentId,
    { ...declaration, commanderId: commander.id, commanderName: commander.name },
    context,
  );
  const checkedIn = newEvent(
    'responder.checked-in',
    incidentId,
    {
      checkInId: newId(context.now),
      personId: commander.id,
      personName: commander.name,
      roles: [{ tenureId: newId(context.now), role: 'incident-commander' }],
      location: 'unstated', // Nobody asked the declaring IC where they are; the ICS-211 cell stays empty.
      locationDetail: '',
      contact: commander.contact,
      assignment: '',
      backdatedReason: null,
    },
    context,
  );
  const more = alsoRecord(incidentId);
  await appendEvents(db, [...(added === undefined ? [] : [added]), declared, ...more, checkedIn]);
  return incidentId;
}

export async function changeStatus(
  db: WarRoomDatabase,
  incidentId: string,
  status: string,
  context: RecordContext,
  when: ChangeTime = {},
): Promise<void> {
  const to = checkStatus(status);
  // Resolving settles open work first: the one path, so no caller resolves past open tasks.
  if (to === 'resolved') {
    if (when.at !== undefined) throw new DomainError('resolve-backdated');
    return resolveIncident(db, { incidentId }, context);
  }
  await recordIncidentChange(db, incidentId, { status: to }, context, when);
}

export async function changeSeverity(
  db: WarRoomDatabase,
  incidentId: string,
  severity: string,
  context: RecordContext,
  when: ChangeTime = {},
): Promise<void> {
  await recordIncidentChange(db, incidentId, { severity }, context, when);
}
