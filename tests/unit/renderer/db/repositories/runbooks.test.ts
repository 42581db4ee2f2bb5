import { afterEach, describe, expect, it } from 'vitest';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import {
  applyRunbook,
  createRunbook,
  deleteRunbook,
  importRunbook,
  updateRunbook,
} from '../../../../../renderer/src/db/repositories/runbooks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { runbookStream } from '../../../../../renderer/src/domain/runbooks/types';
import { at, freshDatabase } from '../testDb';
import databaseFailure from '../../../../../assets/runbooks/database-primary-failure.json?raw';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (iso = '2026-11-24T02:00:00Z') => ({ now: at(iso), actor: 'Alice' });

async function incident(title = 'DB primary down') {
  return declareIncident(db, { title, severity: 'SEV-1', commanderName: 'Alice', summary: '' }, ctx());
}

describe('the runbook library', () => {
  it('imports the shipped example onto the runbooks stream, not onto any incident', async () => {
    db = freshDatabase();
    const id = await importRunbook(db, databaseFailure, ctx());
    const runbook = await db.runbooks.get(id);
    expect(runbook).toMatchObject({
      name: 'Database primary failure',
      createdAt: at('2026-11-24T02:00:00Z'),
    });
    expect(runbook?.steps).toHaveLength(7);
    const events = await db.events.toArray();
    expect(events.map((e) => [e.incidentId, e.type])).toEqual([[runbookStream, 'runbook.saved']]);
  });

  it('refuses a bad file, and a second runbook with the same name (any case), writing nothing', async () => {
    db = freshDatabase();
    await expect(importRunbook(db, '{"format":"war-room.runbook"', ctx())).rejects.toMatchObject({
      code: 'runbook-not-json',
    });
    await expect(importRunbook(db, JSON.stringify({ name: 'x' }), ctx())).rejects.toMatchObject({
      code: 'runbook-invalid',
    });
    await importRunbook(db, databaseFailure, ctx());
    await expect(
      importRunbook(db, databaseFailure.replace('Database primary', 'DATABASE PRIMARY'), ctx()),
    ).rejects.toMatchObject({
      code: 'runbook-exists',
      values: { name: 'Database primary failure' },
    });
    expect(await db.events.count()).toBe(1);
  });

  it('writes, edits and deletes a runbook; each is an event', async () => {
    db = freshDatabase();
    const steps = [{ title: 'Shed load', description: '', category: 'stop-the-bleeding' }];
    const id = await createRunbook(db, { name: 'Cache stampede', description: '', steps }, ctx());
    await updateRunbook(
      db,
      id,
      {
        name: 'Cache stampede',
        description: 'hit rate collapsed',
        steps: [...steps, { title: 'Warm cache', category: 'restore-service' }],
      },
      ctx('2026-11-24T03:00:00Z'),
    );
    expect(await db.runbooks.get(id)).toMatchObject({
      description: 'hit rate collapsed',
      createdAt: at('2026-11-24T02:00:00Z'),
      updatedAt: at('2026-11-24T03:00:00Z'),
    });
    expect((await db.runbooks.get(id))?.steps).toHaveLength(2);
    await expect(
      updateRunbook(db, id, { name: 'Cache stampede', description: '', steps: [] }, ctx()),
    ).rejects.toMatchObject({
      code: 'runbook-invalid',
    });
    await deleteRunbook(db, id, ctx());
    expect(await db.runbooks.count()).toBe(0);
    expect((await db.events.toArray()).map((e) => e.type)).toEqual([
      'runbook.saved',
      'runbook.saved',
      'runbook.deleted',
    ]);
  });
});

describe('applying a runbook', () => {
  it('puts every step on the board as an unassigned task, in order, logged with the runbook', async () => {
    db = freshDatabase();
    const incidentId = await incident();
    const runbookId = await importRunbook(db, databaseFailure, ctx());
    const before = (await db.logCounts.get(incidentId))?.count ?? 0;
    expect(await applyRunbook(db, { incidentId, runbookId }, ctx('2026-11-24T02:05:00Z'))).toBe(7);
    const tasks = await db.tasks.where('incidentId').equals(incidentId).sortBy('id');
    expect(tasks.map((t) => [t.origin?.step, t.ownerId, t.status, t.category])).toEqual([
      [1, null, 'todo', 'stop-the-bleeding'],
      [2, null, 'todo', 'restore-service'],
      [3, null, 'todo', 'preserve-evidence'],
      [4, null, 'todo', 'restore-service'],
      [5, null, 'todo', 'restore-service'],
      [6, null, 'todo', 'restore-service'],
      [7, null, 'todo', 'follow-up'],
    ]);
    expect(tasks[0]).toMatchObject({
      title: 'Writes paused at the application edge',
      origin: { runbookName: 'Database primary failure' },
    });
    expect(tasks[6]?.dueAt).toBe(at('2026-12-01T02:05:00Z'));
    // One line for the runbook, one per task.
    expect((await db.logCounts.get(incidentId))?.count).toBe(before + 8);
  });

  it('refuses to apply the same runbook twice to one incident; another incident may use it', async () => {
    db = freshDatabase();
    const first = await incident();
    const second = await incident('Another DB down');
    const runbookId = await importRunbook(db, databaseFailure, ctx());
    await applyRunbook(db, { incidentId: first, runbookId }, ctx());
    await expect(applyRunbook(db, { incidentId: first, runbookId }, ctx())).rejects.toMatchObject({
      code: 'runbook-already-applied',
      values: { name: 'Database primary failure' },
    });
    expect(await db.tasks.where('incidentId').equals(first).count()).toBe(7);
    await applyRunbook(db, { incidentId: second, runbookId }, ctx());
    expect(await db.tasks.where('incidentId').equals(second).count()).toBe(7);
  });
});
