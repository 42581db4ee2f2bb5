import { afterEach, describe, expect, it } from 'vitest';
import {
  assumeRole,
  handOverCommand,
  renounceRole,
} from '../../../../../renderer/src/db/repositories/command';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addPerson, changePersonDetails } from '../../../../../renderer/src/db/repositories/people';
import { checkIn, checkOut, endRest, startRest } from '../../../../../renderer/src/db/repositories/roster';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (iso = '2026-11-24T02:00:00Z') => ({ now: at(iso), actor: 'Alice' });

async function incidentWithBob() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'A', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
    ctx(),
  );
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'Europe/Paris', slackUserId: 'u0123abcd' }, ctx());
  return { incidentId, bob };
}

describe('check-in and check-out', () => {
  it('checks a person in with roles, and again later as a new row keeping history', async () => {
    const { incidentId, bob } = await incidentWithBob();
    const first = await checkIn(
      db,
      { incidentId, personId: bob, roles: ['ops-lead', 'scribe'], location: 'office' },
      ctx(),
    );
    await expect(
      checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx()),
    ).rejects.toMatchObject({
      code: 'already-checked-in',
    });
    await checkOut(
      db,
      { checkInId: first, reason: 'rest', note: 'back at 08:00' },
      ctx('2026-11-24T05:00:00Z'),
    );
    await checkIn(
      db,
      { incidentId, personId: bob, roles: [], location: 'remote' },
      ctx('2026-11-24T08:00:00Z'),
    );
    const rows = await db.checkIns.where('personId').equals(bob).sortBy('checkedInAt');
    expect(rows.map((r) => [r.checkedInAt, r.checkedOutAt, r.checkOutReason])).toEqual([
      [at('2026-11-24T02:00:00Z'), at('2026-11-24T05:00:00Z'), 'rest'],
      [at('2026-11-24T08:00:00Z'), null, null],
    ]);
    const tenures = await db.roleTenures.where('personId').equals(bob).toArray();
    expect(tenures.filter((t) => t.renouncedAt === null).map((t) => t.role)).toEqual(['responder']);
    expect((await db.people.get(bob))?.slackUserId).toBe('U0123ABCD');
  });

  it('refuses a check-in time in the future, and an earlier time without a reason', async () => {
    const { incidentId, bob } = await incidentWithBob();
    const base = { incidentId, personId: bob, roles: [], location: 'remote' as const };
    await expect(checkIn(db, { ...base, at: at('2026-11-24T03:00:00Z') }, ctx())).rejects.toMatchObject({
      code: 'time-in-future',
    });
    await expect(checkIn(db, { ...base, at: at('2026-11-24T01:00:00Z') }, ctx())).rejects.toMatchObject({
      code: 'backdated-needs-reason',
    });
    await checkIn(
      db,
      { ...base, at: at('2026-11-24T01:00:00Z'), reason: 'was on the bridge before the page' },
      ctx(),
    );
    expect(await db.checkIns.where('personId').equals(bob).first()).toMatchObject({
      checkedInAt: at('2026-11-24T01:00:00Z'),
      backdatedReason: 'was on the bridge before the page',
    });
  });

  it('refuses to check out the incident commander until command is handed over', async () => {
    const { incidentId, bob } = await incidentWithBob();
    await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
    const icCheckIn = (await db.checkIns.toArray()).find((c) => c.personId !== bob);
    if (icCheckIn === undefined) throw new Error('the IC was not checked in');
    await expect(checkOut(db, { checkInId: icCheckIn.id, reason: 'shift-end' }, ctx())).rejects.toMatchObject(
      {
        code: 'hand-over-first',
      },
    );
    await handOverCommand(db, { incidentId, toPersonId: bob }, ctx());
    expect(await db.incidents.get(incidentId)).toMatchObject({ commanderName: 'Bob', commanderId: bob });
    await checkOut(db, { checkInId: icCheckIn.id, reason: 'handed-over' }, ctx());
    const open = (await db.roleTenures.toArray()).filter((t) => t.renouncedAt === null);
    expect(open.map((t) => [t.personId, t.role])).toEqual([
      [bob, 'responder'],
      [bob, 'incident-commander'],
    ]);
  });
});

describe('command and roles', () => {
  it('refuses a hand-over to someone not checked in, to the commander, or to someone resting', async () => {
    const { incidentId, bob } = await incidentWithBob();
    await expect(handOverCommand(db, { incidentId, toPersonId: bob }, ctx())).rejects.toMatchObject({
      code: 'not-checked-in-name',
    });
    const incident = await db.incidents.get(incidentId);
    await expect(
      handOverCommand(db, { incidentId, toPersonId: incident?.commanderId ?? '' }, ctx()),
    ).rejects.toMatchObject({
      code: 'already-commander',
    });
    const bobIn = await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
    await startRest(db, bobIn, ctx());
    await expect(handOverCommand(db, { incidentId, toPersonId: bob }, ctx())).rejects.toMatchObject({
      code: 'hand-over-to-resting',
    });
    await endRest(db, bobIn, ctx());
    await handOverCommand(db, { incidentId, toPersonId: bob }, ctx());
  });

  it('keeps exactly one commander: command is never assumed or renounced as a plain role', async () => {
    const { incidentId, bob } = await incidentWithBob();
    await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
    await expect(
      assumeRole(db, { incidentId, personId: bob, role: 'incident-commander' }, ctx()),
    ).rejects.toMatchObject({
      code: 'use-hand-over',
    });
    await expect(
      checkIn(db, { incidentId, personId: bob, roles: ['incident-commander'], location: 'remote' }, ctx()),
    ).rejects.toMatchObject({ code: 'use-hand-over' });
    const icTenure = (await db.roleTenures.toArray()).find((t) => t.role === 'incident-commander');
    await expect(renounceRole(db, icTenure?.id ?? '', ctx())).rejects.toMatchObject({
      code: 'use-hand-over',
    });
    await assumeRole(db, { incidentId, personId: bob, role: 'deputy-ic' }, ctx());
    const bobRoles = (await db.roleTenures.where('personId').equals(bob).toArray()).map((t) => t.role);
    expect(bobRoles.sort()).toEqual(['deputy-ic', 'responder']);
  });

  it('refuses rest for the commander and a second rest for anyone', async () => {
    const { incidentId, bob } = await incidentWithBob();
    const bobIn = await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
    await startRest(db, bobIn, ctx());
    await expect(startRest(db, bobIn, ctx())).rejects.toMatchObject({ code: 'already-resting' });
    const icCheckIn = (await db.checkIns.toArray()).find((c) => c.personId !== bob);
    await expect(startRest(db, icCheckIn?.id ?? '', ctx())).rejects.toMatchObject({
      code: 'commander-cannot-rest',
    });
  });
});

describe('the directory', () => {
  it('refuses a duplicate name, a malformed Slack ID and an unknown time zone', async () => {
    await incidentWithBob();
    await expect(addPerson(db, { name: 'bob', timeZone: 'UTC' }, ctx())).rejects.toMatchObject({
      code: 'person-exists',
    });
    await expect(
      addPerson(db, { name: 'Carol', timeZone: 'UTC', slackUserId: '@carol' }, ctx()),
    ).rejects.toMatchObject({
      code: 'bad-slack-id',
    });
    await expect(addPerson(db, { name: 'Carol', timeZone: 'Mars/Olympus' }, ctx())).rejects.toMatchObject({
      code: 'bad-time-zone',
    });
  });

  it("corrects the declaring IC's time zone, contact and Slack ID, logged on the incident with what changed", async () => {
    const { incidentId } = await incidentWithBob();
    const alice = (await db.people.where('name').equals('Alice').first())?.id ?? '';
    const details = { timeZone: 'Europe/Amsterdam', contact: '+31 6 1234', slackUserId: 'u0alice' };
    await changePersonDetails(db, { incidentId, personId: alice, details }, ctx('2026-11-24T03:00:00Z'));
    expect(await db.people.get(alice)).toMatchObject({ ...details, slackUserId: 'U0ALICE', name: 'Alice' });
    const [open] = await db.checkIns.where('personId').equals(alice).toArray();
    expect(open?.contact).toBe('+31 6 1234');
    const logged = await db.events.where('incidentId').equals(incidentId).toArray();
    expect(logged.at(-1)).toMatchObject({
      type: 'person.details-changed',
      actor: 'Alice',
      payload: {
        personName: 'Alice',
        changes: [
          { field: 'contact', from: '', to: '+31 6 1234' },
          { field: 'slackUserId', from: '', to: 'U0ALICE' },
          { field: 'timeZone', from: 'UTC', to: 'Europe/Amsterdam' },
        ],
      },
    });
    // Saving the same details again changes nothing and logs nothing.
    await changePersonDetails(db, { incidentId, personId: alice, details }, ctx('2026-11-24T03:05:00Z'));
    expect(await db.events.where('incidentId').equals(incidentId).count()).toBe(logged.length);
    await expect(
      changePersonDetails(db, { incidentId, personId: alice, details: { timeZone: 'Mars/Olympus' } }, ctx()),
    ).rejects.toMatchObject({ code: 'bad-time-zone' });
  });
});
