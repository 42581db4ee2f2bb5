import { afterEach, describe, expect, it } from 'vitest';
import { assumeRole, handOverCommand } from '../../../../../renderer/src/db/repositories/command';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import { checkIn, checkOut } from '../../../../../renderer/src/db/repositories/roster';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (actor = 'Alice') => ({ now: at('2026-11-24T02:00:00Z'), actor });

async function aliceCommandsBobIsIn() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'A', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
    ctx(),
  );
  const alice = (await db.incidents.get(incidentId))?.commanderId ?? '';
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'Europe/Paris' }, ctx());
  await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
  return { incidentId, alice, bob };
}

async function rolesOf(incidentId: string, personId: string) {
  const tenures = await db.roleTenures
    .where('[incidentId+personId]')
    .equals([incidentId, personId])
    .toArray();
  return tenures.filter((t) => t.renouncedAt === null).map((t) => t.role);
}

describe('the outgoing IC after a hand-over', () => {
  it('stays on the roster as a responder, logged right after the hand-over, by whoever recorded it', async () => {
    const { incidentId, alice, bob } = await aliceCommandsBobIsIn();
    await handOverCommand(db, { incidentId, toPersonId: bob }, ctx());
    expect(await rolesOf(incidentId, alice)).toEqual(['responder']);
    expect((await rolesOf(incidentId, bob)).sort()).toEqual(['incident-commander', 'responder']);
    const events = await db.events.where('incidentId').equals(incidentId).sortBy('id');
    expect(events.slice(-2).map((e) => [e.type, e.actor])).toEqual([
      ['command.handed-over', 'Alice'],
      ['role.assumed', 'Alice'],
    ]);
  });

  it('keeps the roles they already held instead, and takes none after checking out', async () => {
    const { incidentId, alice, bob } = await aliceCommandsBobIsIn();
    await assumeRole(db, { incidentId, personId: alice, role: 'scribe' }, ctx());
    await handOverCommand(db, { incidentId, toPersonId: bob }, ctx());
    expect(await rolesOf(incidentId, alice)).toEqual(['scribe']);

    // Command back to Alice, then Bob leaves: his roles end with his check-in and none come back.
    await handOverCommand(db, { incidentId, toPersonId: alice }, ctx('Bob'));
    expect(await rolesOf(incidentId, bob)).toEqual(['responder']);
    const bobIn = (await db.checkIns.where('personId').equals(bob).toArray())[0];
    await checkOut(db, { checkInId: bobIn?.id ?? '', reason: 'shift-end' }, ctx());
    expect(await rolesOf(incidentId, bob)).toEqual([]);
  });
});
