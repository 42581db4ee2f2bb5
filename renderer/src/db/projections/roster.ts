import type { RosterEvent } from '../../domain/roster/events';
import type { ResponderRole } from '../../domain/roster/types';
import { updateIncident } from './incident';
import { recordPresence } from './load';
import type { ProjectionHandlers, ProjectionTables } from './types';

export async function closeTenure(tables: ProjectionTables, tenureId: string, at: number): Promise<void> {
  const tenure = await tables.roleTenures.get(tenureId);
  if (tenure !== undefined && tenure.renouncedAt === null)
    await tables.roleTenures.put({ ...tenure, renouncedAt: at });
}

/** Starts a role tenure; taking the incident-commander role also makes the person the incident's IC. */
async function openTenure(
  tables: ProjectionTables,
  event: RosterEvent,
  held: { tenureId: string; personId: string; personName: string; role: ResponderRole },
): Promise<void> {
  await tables.roleTenures.put({
    id: held.tenureId,
    incidentId: event.incidentId,
    personId: held.personId,
    role: held.role,
    assumedAt: event.ts,
    renouncedAt: null,
  });
  if (held.role === 'incident-commander') {
    await updateIncident(tables.incidents, event, () => ({
      commanderId: held.personId,
      commanderName: held.personName,
    }));
  }
}

export const rosterProjection: ProjectionHandlers<RosterEvent> = {
  'person.added': async (tables, event) => {
    await tables.people.put({ ...event.payload.person, createdAt: event.ts, updatedAt: event.ts });
  },
  'person.updated': async (tables, event) => {
    const existing = await tables.people.get(event.payload.person.id);
    await tables.people.put({
      ...event.payload.person,
      createdAt: existing?.createdAt ?? event.ts,
      updatedAt: event.ts,
    });
  },
  'person.details-changed': async (tables, event) => {
    const { person } = event.payload;
    const existing = await tables.people.get(person.id);
    await tables.people.put({ ...person, createdAt: existing?.createdAt ?? event.ts, updatedAt: event.ts });
    // A check-in still open carries the contact the ICS-211 lists: the corrected one from now on.
    const open = await tables.checkIns.where('personId').equals(person.id).toArray();
    for (const checkIn of open.filter((c) => c.checkedOutAt === null))
      await tables.checkIns.put({ ...checkIn, contact: person.contact });
  },
  'responder.checked-in': async (tables, event) => {
    const { checkInId, personId, personName, roles, location, locationDetail, contact, assignment } =
      event.payload;
    await tables.checkIns.put({
      id: checkInId,
      incidentId: event.incidentId,
      personId,
      location,
      locationDetail,
      contact,
      assignment,
      checkedInAt: event.ts,
      backdatedReason: event.payload.backdatedReason,
      checkedOutAt: null,
      checkOutReason: null,
      checkOutNote: '',
    });
    for (const { tenureId, role } of roles) {
      await openTenure(tables, event, { tenureId, personId, personName, role });
    }
    await recordPresence(tables, event);
  },
  'responder.checked-out': async (tables, event) => {
    const { checkInId, personId, reason, note } = event.payload;
    const checkIn = await tables.checkIns.get(checkInId);
    if (checkIn === undefined) throw new Error(`event ${event.id}: unknown check-in ${checkInId}`);
    await tables.checkIns.put({
      ...checkIn,
      checkedOutAt: event.ts,
      checkOutReason: reason,
      checkOutNote: note,
    });
    // Leaving the incident ends every role held on it and any rest in progress.
    const tenures = await tables.roleTenures
      .where('[incidentId+personId]')
      .equals([event.incidentId, personId])
      .toArray();
    for (const tenure of tenures) await closeTenure(tables, tenure.id, event.ts);
    const rests = await tables.rests.where('checkInId').equals(checkInId).toArray();
    for (const rest of rests.filter((r) => r.endedAt === null))
      await tables.rests.put({ ...rest, endedAt: event.ts });
    await recordPresence(tables, event);
  },
  'role.assumed': async (tables, event) => {
    await openTenure(tables, event, event.payload);
  },
  'role.renounced': (tables, event) => closeTenure(tables, event.payload.tenureId, event.ts),
  'command.handed-over': async (tables, event) => {
    const { from, to } = event.payload;
    await closeTenure(tables, from.tenureId, event.ts);
    await openTenure(tables, event, { ...to, role: 'incident-commander' });
  },
  'rest.started': async (tables, event) => {
    const { restId, checkInId, personId } = event.payload;
    await tables.rests.put({
      id: restId,
      incidentId: event.incidentId,
      personId,
      checkInId,
      startedAt: event.ts,
      endedAt: null,
    });
    await recordPresence(tables, event);
  },
  'rest.ended': async (tables, event) => {
    const rest = await tables.rests.get(event.payload.restId);
    if (rest !== undefined && rest.endedAt === null) await tables.rests.put({ ...rest, endedAt: event.ts });
    await recordPresence(tables, event);
  },
  'responder.assignment-changed': async (tables, event) => {
    const checkIn = await tables.checkIns.get(event.payload.checkInId);
    if (checkIn !== undefined)
      await tables.checkIns.put({ ...checkIn, assignment: event.payload.assignment });
  },
};
