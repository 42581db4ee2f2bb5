import { afterEach, describe, expect, it } from 'vitest';
import { changeStatus, declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import {
  checkEveryoneOutAtResolution,
  resolveIncident,
} from '../../../../../renderer/src/db/repositories/resolution';
import { checkIn } from '../../../../../renderer/src/db/repositories/roster';
import { createTask } from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (iso = '2026-11-24T02:00:00Z') => ({ now: at(iso), actor: 'Alice' });

/** An incident commanded by Alice, Bob checked in, one task of Bob's and one unassigned. */
async function incident() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'Payments down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    ctx(),
  );
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'UTC' }, ctx());
  await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
  const owned = await createTask(
    db,
    { incidentId, title: 'Roll back', category: 'restore-service', ownerId: bob },
    ctx(),
  );
  const loose = await createTask(
    db,
    { incidentId, title: 'Check logs', category: 'preserve-evidence' },
    ctx(),
  );
  return { incidentId, bob, owned, loose };
}

const typesOf = async (incidentId: string) =>
  (await db.events.where('incidentId').equals(incidentId).sortBy('id')).map((e) => e.type);

describe('resolving an incident', () => {
  it('is refused while tasks are open and nobody said what becomes of them; nothing is written', async () => {
    const { incidentId } = await incident();
    const before = await db.events.count();
    await expect(changeStatus(db, incidentId, 'resolved', ctx('2026-11-24T03:00:00Z'))).rejects.toMatchObject(
      {
        code: 'resolve-open-tasks',
        values: { count: 2 },
      },
    );
    expect(await db.events.count()).toBe(before);
    expect((await db.incidents.get(incidentId))?.status).toBe('investigating');
  });

  it('moves open tasks to follow-ups: owner kept, due in a week, no check-back any more', async () => {
    const { incidentId, owned, loose } = await incident();
    const now = at('2026-11-24T03:00:00Z');
    await resolveIncident(db, { incidentId, openTasks: { choice: 'follow-up' } }, { now, actor: 'Alice' });
    expect(await db.tasks.get(owned)).toMatchObject({
      category: 'follow-up',
      ownerName: 'Bob',
      status: 'todo',
      checkBackAt: null,
      dueAt: now + 7 * 86_400_000,
    });
    expect((await db.tasks.get(loose))?.category).toBe('follow-up');
    expect(await db.incidents.get(incidentId)).toMatchObject({ status: 'resolved', resolvedAt: now });
  });

  it('drops open tasks with the reason given, and refuses to drop them without one', async () => {
    const { incidentId, owned } = await incident();
    await expect(
      resolveIncident(db, { incidentId, openTasks: { choice: 'drop', reason: ' ' } }, ctx()),
    ).rejects.toMatchObject({ code: 'dropped-needs-reason' });
    expect((await db.incidents.get(incidentId))?.status).toBe('investigating');
    await resolveIncident(
      db,
      { incidentId, openTasks: { choice: 'drop', reason: 'Fixed by the rollback' } },
      ctx(),
    );
    expect(await db.tasks.get(owned)).toMatchObject({
      status: 'dropped',
      statusReason: 'Fixed by the rollback',
    });
  });

  it('checks everyone out at the resolution time, one logged check-out per person', async () => {
    const { incidentId } = await incident();
    const resolvedAt = at('2026-11-24T03:00:00Z');
    await resolveIncident(
      db,
      { incidentId, openTasks: { choice: 'follow-up' }, checkOutEveryone: true },
      { now: resolvedAt, actor: 'Alice' },
    );
    const checkOuts = (await db.events.where('incidentId').equals(incidentId).toArray()).filter(
      (e) => e.type === 'responder.checked-out',
    );
    expect(checkOuts.map((e) => e.ts)).toEqual([resolvedAt, resolvedAt]);
    expect(
      (await db.checkIns.where('incidentId').equals(incidentId).toArray()).map((c) => c.checkedOutAt),
    ).toEqual([resolvedAt, resolvedAt]);
  });

  it('checks everyone out later, still at the resolution time', async () => {
    db = freshDatabase();
    const incidentId = await declareIncident(
      db,
      { title: 'Quiet', severity: 'SEV-3', commanderName: 'Alice', summary: '' },
      ctx(),
    );
    const resolvedAt = at('2026-11-24T03:00:00Z');
    await changeStatus(db, incidentId, 'resolved', { now: resolvedAt, actor: 'Alice' });
    expect(await checkEveryoneOutAtResolution(db, incidentId, ctx('2026-11-24T05:00:00Z'))).toBe(1);
    expect((await db.checkIns.where('incidentId').equals(incidentId).first())?.checkedOutAt).toBe(resolvedAt);
    expect(await checkEveryoneOutAtResolution(db, incidentId, ctx('2026-11-24T05:01:00Z'))).toBe(0);
  });

  it('reopening to monitoring is allowed and logged', async () => {
    const { incidentId } = await incident();
    await resolveIncident(
      db,
      { incidentId, openTasks: { choice: 'follow-up' } },
      ctx('2026-11-24T03:00:00Z'),
    );
    await changeStatus(db, incidentId, 'monitoring', ctx('2026-11-24T04:00:00Z'));
    expect(await db.incidents.get(incidentId)).toMatchObject({ status: 'monitoring', resolvedAt: null });
    const moves = (await db.events.where('incidentId').equals(incidentId).sortBy('id'))
      .filter((e) => e.type === 'incident.status-changed')
      .map((e) => e.payload);
    expect(moves).toEqual([
      { from: 'investigating', to: 'resolved' },
      { from: 'resolved', to: 'monitoring' },
    ]);
    expect(await typesOf(incidentId)).toContain('task.edited');
  });
});
