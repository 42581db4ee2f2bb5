import { afterEach, describe, expect, it } from 'vitest';
import { appendEvents } from '../../../../../renderer/src/db/append';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import { checkIn, checkOut, startRest } from '../../../../../renderer/src/db/repositories/roster';
import {
  acknowledgeTask,
  assignTask,
  changeTaskStatus,
  createTask,
  editTask,
  setCheckBack,
} from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (iso = '2026-11-24T02:00:00Z') => ({ now: at(iso), actor: 'Alice' });

/** An incident commanded by Alice, with Bob and Carol checked in. */
async function incident() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'Payments down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    ctx(),
  );
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'UTC' }, ctx());
  const carol = await addPerson(db, { name: 'Carol', timeZone: 'UTC' }, ctx());
  const bobStay = await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
  const carolStay = await checkIn(db, { incidentId, personId: carol, roles: [], location: 'office' }, ctx());
  return { incidentId, bob, carol, bobStay, carolStay };
}

const taskEvents = async (incidentId: string) =>
  (await db.events.where('incidentId').equals(incidentId).sortBy('id')).filter((e) =>
    e.type.startsWith('task.'),
  );

describe('creating tasks', () => {
  it('an unassigned task is just "to do" with no owner and no check-back; the log has one line', async () => {
    const { incidentId } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: ' Fail over DB ', category: 'restore-service' },
      ctx(),
    );
    expect(await db.tasks.get(id)).toMatchObject({
      title: 'Fail over DB',
      status: 'todo',
      ownerId: null,
      checkBackAt: null,
      timeBoxMinutes: 15,
      acknowledged: false,
    });
    expect((await taskEvents(incidentId)).map((e) => e.type)).toEqual(['task.created']);
  });

  it('with an owner: created and assigned in one go, check back 15 minutes later (or the box given)', async () => {
    const { incidentId, bob } = await incident();
    const id = await createTask(
      db,
      {
        incidentId,
        title: 'Restart workers',
        category: 'stop-the-bleeding',
        ownerId: bob,
        timeBoxMinutes: 10,
      },
      ctx('2026-11-24T02:05:00Z'),
    );
    expect(await db.tasks.get(id)).toMatchObject({
      ownerId: bob,
      ownerName: 'Bob',
      checkBackAt: at('2026-11-24T02:15:00Z'),
      timeBoxMinutes: 10,
    });
    const events = await taskEvents(incidentId);
    expect(events.map((e) => e.type)).toEqual(['task.created', 'task.assigned']);
    expect(events[1]?.payload).toMatchObject({ from: null, to: { personId: bob, personName: 'Bob' } });
  });

  it('a follow-up is due a week later and has no countdown', async () => {
    const { incidentId, bob } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Automate failover', category: 'follow-up', ownerId: bob },
      ctx(),
    );
    expect(await db.tasks.get(id)).toMatchObject({
      dueAt: at('2026-12-01T02:00:00Z'),
      checkBackAt: null,
      ownerId: bob,
    });
  });
});

describe('refusals change nothing', () => {
  it('refuses in progress (or done) without an owner', async () => {
    const { incidentId } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Fail over DB', category: 'restore-service' },
      ctx(),
    );
    const before = await db.events.count();
    await expect(changeTaskStatus(db, { taskId: id, status: 'in-progress' }, ctx())).rejects.toMatchObject({
      code: 'task-needs-owner',
      values: { title: 'Fail over DB' },
    });
    await expect(changeTaskStatus(db, { taskId: id, status: 'done' }, ctx())).rejects.toMatchObject({
      code: 'task-needs-owner',
    });
    expect(await db.events.count()).toBe(before);
    expect((await db.tasks.get(id))?.status).toBe('todo');
  });

  it('refuses an owner who checked out, and someone never checked in; a resting owner is allowed', async () => {
    const { incidentId, bob, carol, bobStay, carolStay } = await incident();
    const dave = await addPerson(db, { name: 'Dave', timeZone: 'UTC' }, ctx());
    const id = await createTask(
      db,
      { incidentId, title: 'Fail over DB', category: 'restore-service' },
      ctx(),
    );
    await checkOut(db, { checkInId: bobStay, reason: 'shift-end' }, ctx('2026-11-24T02:10:00Z'));
    const before = await db.events.count();
    await expect(
      assignTask(db, { taskId: id, personId: bob }, ctx('2026-11-24T02:11:00Z')),
    ).rejects.toMatchObject({
      code: 'owner-checked-out',
      values: { name: 'Bob' },
    });
    await expect(assignTask(db, { taskId: id, personId: dave }, ctx())).rejects.toMatchObject({
      code: 'not-checked-in-name',
      values: { name: 'Dave' },
    });
    await expect(
      createTask(db, { incidentId, title: 'Other', category: 'restore-service', ownerId: bob }, ctx()),
    ).rejects.toMatchObject({ code: 'owner-checked-out' });
    expect(await db.events.count()).toBe(before);
    await startRest(db, carolStay, ctx('2026-11-24T02:12:00Z'));
    await assignTask(db, { taskId: id, personId: carol }, ctx('2026-11-24T02:13:00Z'));
    expect((await db.tasks.get(id))?.ownerName).toBe('Carol');
  });

  it('refuses to re-confirm a task with its owner once they have checked out', async () => {
    const { incidentId, bob, bobStay } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Fail over DB', category: 'restore-service', ownerId: bob },
      ctx(),
    );
    await checkOut(db, { checkInId: bobStay, reason: 'shift-end' }, ctx('2026-11-24T02:10:00Z'));
    await expect(
      assignTask(db, { taskId: id, personId: bob }, ctx('2026-11-24T02:11:00Z')),
    ).rejects.toMatchObject({
      code: 'owner-checked-out',
    });
  });

  it('refuses blocked or dropped without a reason', async () => {
    const { incidentId, bob } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Fail over DB', category: 'restore-service', ownerId: bob },
      ctx(),
    );
    await expect(
      changeTaskStatus(db, { taskId: id, status: 'blocked', reason: ' ' }, ctx()),
    ).rejects.toMatchObject({
      code: 'blocked-needs-reason',
    });
    await expect(changeTaskStatus(db, { taskId: id, status: 'dropped' }, ctx())).rejects.toMatchObject({
      code: 'dropped-needs-reason',
    });
    await changeTaskStatus(db, { taskId: id, status: 'blocked', reason: 'waiting on the vendor' }, ctx());
    expect(await db.tasks.get(id)).toMatchObject({
      status: 'blocked',
      statusReason: 'waiting on the vendor',
    });
  });

  it('refuses to acknowledge or check back on an unassigned task, and to reassign a closed one', async () => {
    const { incidentId, bob, carol } = await incident();
    const open = await createTask(
      db,
      { incidentId, title: 'Drain queue', category: 'restore-service' },
      ctx(),
    );
    await expect(acknowledgeTask(db, open, ctx())).rejects.toMatchObject({ code: 'task-needs-owner' });
    await expect(setCheckBack(db, { taskId: open }, ctx())).rejects.toMatchObject({
      code: 'task-needs-owner',
    });
    const done = await createTask(
      db,
      { incidentId, title: 'Page DBA', category: 'restore-service', ownerId: bob },
      ctx(),
    );
    await changeTaskStatus(db, { taskId: done, status: 'done' }, ctx());
    await expect(assignTask(db, { taskId: done, personId: carol }, ctx())).rejects.toMatchObject({
      code: 'task-closed',
      values: { title: 'Page DBA' },
    });
  });
});

describe('running a task', () => {
  it('reassigning keeps the history: one task.assigned per owner, the confirmation starts over', async () => {
    const { incidentId, bob, carol } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Fail over DB', category: 'restore-service', ownerId: bob },
      ctx('2026-11-24T02:00:00Z'),
    );
    await acknowledgeTask(db, id, ctx('2026-11-24T02:01:00Z'));
    expect((await db.tasks.get(id))?.acknowledged).toBe(true);
    await assignTask(db, { taskId: id, personId: carol }, ctx('2026-11-24T02:20:00Z'));
    expect(await db.tasks.get(id)).toMatchObject({
      ownerName: 'Carol',
      acknowledged: false,
      checkBackAt: at('2026-11-24T02:35:00Z'),
    });
    const assignments = (await taskEvents(incidentId)).filter((e) => e.type === 'task.assigned');
    expect(assignments.map((e) => [e.ts, e.payload])).toEqual([
      [
        at('2026-11-24T02:00:00Z'),
        expect.objectContaining({ from: null, to: { personId: bob, personName: 'Bob' } }),
      ],
      [
        at('2026-11-24T02:20:00Z'),
        expect.objectContaining({
          from: { personId: bob, personName: 'Bob' },
          to: { personId: carol, personName: 'Carol' },
        }),
      ],
    ]);
    // Giving the task to whoever already holds it is no change, and logs nothing.
    await assignTask(db, { taskId: id, personId: carol }, ctx('2026-11-24T02:21:00Z'));
    expect((await taskEvents(incidentId)).length).toBe(4);
  });

  it('checking back restarts the time-box; reopening a finished task does too', async () => {
    const { incidentId, bob } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Fail over DB', category: 'restore-service', ownerId: bob },
      ctx(),
    );
    await setCheckBack(db, { taskId: id, minutes: 30 }, ctx('2026-11-24T02:20:00Z'));
    expect(await db.tasks.get(id)).toMatchObject({
      checkBackAt: at('2026-11-24T02:50:00Z'),
      timeBoxMinutes: 30,
    });
    await changeTaskStatus(db, { taskId: id, status: 'done' }, ctx('2026-11-24T02:40:00Z'));
    await changeTaskStatus(db, { taskId: id, status: 'in-progress' }, ctx('2026-11-24T03:00:00Z'));
    expect(await db.tasks.get(id)).toMatchObject({
      status: 'in-progress',
      checkBackAt: at('2026-11-24T03:30:00Z'),
    });
  });

  it('editing renames and recategorises; a task that stops being a follow-up gets a countdown', async () => {
    const { incidentId, bob } = await incident();
    const id = await createTask(
      db,
      { incidentId, title: 'Write it up', category: 'follow-up', ownerId: bob },
      ctx(),
    );
    await editTask(
      db,
      { taskId: id, title: 'Capture the DB logs', category: 'preserve-evidence' },
      ctx('2026-11-24T02:10:00Z'),
    );
    expect(await db.tasks.get(id)).toMatchObject({
      title: 'Capture the DB logs',
      category: 'preserve-evidence',
      dueAt: null,
      checkBackAt: at('2026-11-24T02:25:00Z'),
    });
    const last = (await taskEvents(incidentId)).slice(-2).map((e) => e.type);
    expect(last).toEqual(['task.edited', 'task.check-back-set']);
  });
});

it('the task tables rebuild from the incident’s log alone, equal to the live ones', async () => {
  const { incidentId, bob, carol, bobStay } = await incident();
  const a = await createTask(
    db,
    { incidentId, title: 'Fail over DB', category: 'restore-service', ownerId: bob },
    ctx(),
  );
  const b = await createTask(db, { incidentId, title: 'Save logs', category: 'preserve-evidence' }, ctx());
  await acknowledgeTask(db, a, ctx('2026-11-24T02:02:00Z'));
  await changeTaskStatus(db, { taskId: a, status: 'in-progress' }, ctx('2026-11-24T02:03:00Z'));
  await startRest(db, bobStay, ctx('2026-11-24T02:30:00Z'));
  await assignTask(db, { taskId: a, personId: carol }, ctx('2026-11-24T02:31:00Z'));
  await changeTaskStatus(
    db,
    { taskId: b, status: 'dropped', reason: 'disk already wiped' },
    ctx('2026-11-24T02:32:00Z'),
  );
  const live = db;
  const events = await live.events.toArray();
  const liveTasks = await live.tasks.toArray();
  db = freshDatabase();
  await appendEvents(db, events);
  expect(await db.tasks.toArray()).toEqual(liveTasks);
  expect(liveTasks.find((t) => t.id === a)).toMatchObject({
    ownerName: 'Carol',
    status: 'in-progress',
    acknowledged: false,
  });
  expect((await db.logCounts.get(incidentId))?.count).toBe((await live.logCounts.get(incidentId))?.count);
  await live.delete();
});
