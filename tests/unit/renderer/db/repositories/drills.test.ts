/**
 * A drill started from a scenario, its injects written as they come due (never twice, even when two desks
 * race), and the game master's hand on it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  actOnDrill,
  readDrill,
  recordDueInjects,
  startDrill,
} from '../../../../../renderer/src/db/repositories/drills';
import { createTask } from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { drillState } from '../../../../../renderer/src/domain/drills/timing';
import { after, scenario, startedAt } from '../../domain/drills/play';
import { freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (now: number) => ({ now, actor: 'Gina', speaker: (from: string) => from || 'Business side' });

async function started() {
  db = freshDatabase();
  return startDrill(db, { scenario, commanderName: 'Alex' }, ctx(startedAt));
}
async function shown(incidentId: string) {
  return (await db.events.where('type').equals('drill.inject-shown').toArray())
    .filter((e) => e.incidentId === incidentId)
    .map((e) => `${e.actor}: ${e.type === 'drill.inject-shown' ? e.payload.text : ''}`);
}

describe('starting a drill', () => {
  it('declares a drill incident from the scenario, with its commander checked in and its script in the log', async () => {
    const incidentId = await started();
    const incident = await db.incidents.get(incidentId);
    expect(incident).toMatchObject({
      title: 'Cache stampede',
      severity: 'SEV-2',
      isDrill: true,
      commanderName: 'Alex',
    });
    const { read } = await readDrill(db, incidentId);
    expect(read.kind).toBe('drill');
    if (read.kind !== 'drill') return;
    expect(read.run.startedAt).toBe(startedAt);
    expect(read.run.scenario.injects.map((i) => i.id)).toEqual(scenario.injects.map((i) => i.id));
    expect(await db.checkIns.where('incidentId').equals(incidentId).count()).toBe(1);
  });

  it('an incident declared the usual way has no drill', async () => {
    const incidentId = await started();
    expect((await readDrill(db, `${incidentId}-other`)).read).toEqual({ kind: 'none' });
  });
});

describe('injects as they come due', () => {
  it('writes each once, dated when it was due, even when two desks write at the same moment', async () => {
    const incidentId = await started();
    const counts = await Promise.all([
      recordDueInjects(db, incidentId, ctx(after(3, 10))),
      recordDueInjects(db, incidentId, ctx(after(3, 10))),
    ]);
    expect(counts.sort()).toEqual([0, 2]);
    expect(await recordDueInjects(db, incidentId, ctx(after(3, 20)))).toBe(0);
    expect(await shown(incidentId)).toEqual([
      'Business side: Inject errors',
      'Business side: Inject support',
    ]);
    const events = await db.events.where('type').equals('drill.inject-shown').sortBy('ts');
    expect(events.map((e) => e.ts)).toEqual([startedAt, after(3)]);
  });

  it('writes the contingency when the response is missing, and not when the players did it', async () => {
    const incidentId = await started();
    await recordDueInjects(db, incidentId, ctx(after(3, 30)));
    const alex = (await db.people.toArray()).find((p) => p.name === 'Alex');
    await createTask(
      db,
      { incidentId, title: 'Flush the cache', category: 'stop-the-bleeding', ownerId: alex?.id ?? null },
      ctx(after(4)),
    );
    await recordDueInjects(db, incidentId, ctx(after(8, 30)));
    const lines = await shown(incidentId);
    expect(lines).not.toContain('Business side: Still no errors?');
    expect(lines).toContain('Business side: Still no support?');
  });

  it('holds every inject while the game master pauses, and ends with the drill', async () => {
    const incidentId = await started();
    await actOnDrill(db, incidentId, { action: 'paused', injectId: null }, ctx(after(1)));
    expect(await recordDueInjects(db, incidentId, ctx(after(9)))).toBe(1);
    await actOnDrill(db, incidentId, { action: 'resumed', injectId: null }, ctx(after(10)));
    await actOnDrill(db, incidentId, { action: 'ended', injectId: null }, ctx(after(10, 30)));
    expect(await recordDueInjects(db, incidentId, ctx(after(30)))).toBe(0);
    const { read, events } = await readDrill(db, incidentId);
    if (read.kind !== 'drill') throw new Error('not a drill');
    expect(drillState(read.run, events, after(30))).toMatchObject({ ended: true, timeUp: false });
  });
});
