/**
 * The retrospective saved to the drill's log once the drill is over (each save a new one, the last
 * counting), refused while it runs or when an answer is too long, and who led which drill read back for
 * the rotation panel, real incidents left out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readDrillPractice } from '../../../../../renderer/src/db/hooks/useDrillPractice';
import { saveRetrospective } from '../../../../../renderer/src/db/repositories/drill-retrospective';
import { actOnDrill, readDrill, startDrill } from '../../../../../renderer/src/db/repositories/drills';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { drillPractice } from '../../../../../renderer/src/domain/analytics/drill-practice';
import { retroTextMaxLength } from '../../../../../renderer/src/domain/drills/retro';
import { after, scenario, startedAt } from '../../domain/drills/play';
import { freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (now: number, actor = 'Gina') => ({ now, actor });
const answers = (wentWell: string) => ({
  wentWell,
  lucky: 'Quiet night',
  improve: 'Update sooner',
  notes: { support: 'Nobody owned the update' },
});

async function endedDrill(commanderName = 'Alex', at = startedAt) {
  const incidentId = await startDrill(db, { scenario, commanderName }, ctx(at));
  await actOnDrill(db, incidentId, { action: 'ended', injectId: null }, ctx(at + 11 * 60_000));
  return incidentId;
}

describe('saving a drill retrospective', () => {
  it('records what the team said; saving again records a new one, and the last is what counts', async () => {
    db = freshDatabase();
    const incidentId = await endedDrill();
    await saveRetrospective(db, incidentId, answers('First'), ctx(after(30), 'Alex'));
    await saveRetrospective(db, incidentId, answers('Second'), ctx(after(31), 'Alex'));
    const { read } = await readDrill(db, incidentId);
    expect(read.kind === 'drill' && read.retrospective?.payload).toMatchObject({
      wentWell: 'Second',
      injects: expect.arrayContaining([{ injectId: 'support', note: 'Nobody owned the update' }]),
    });
    expect(await db.events.where('type').equals('drill.retrospective-saved').count()).toBe(2);
  });

  it('is refused while the drill runs, and when an answer is too long, writing nothing', async () => {
    db = freshDatabase();
    const incidentId = await startDrill(db, { scenario, commanderName: 'Alex' }, ctx(startedAt));
    await expect(saveRetrospective(db, incidentId, answers('Early'), ctx(after(5)))).rejects.toMatchObject({
      code: 'drill-not-ended',
    });
    // Time running out ends it too.
    const long = { ...answers('x'), improve: 'y'.repeat(retroTextMaxLength + 1) };
    await expect(saveRetrospective(db, incidentId, long, ctx(after(26)))).rejects.toMatchObject({
      code: 'too-long',
      values: { field: 'improve' },
    });
    expect(await db.events.where('type').equals('drill.retrospective-saved').count()).toBe(0);
    await saveRetrospective(db, incidentId, answers('In time'), ctx(after(26)));
    expect(await db.events.where('type').equals('drill.retrospective-saved').count()).toBe(1);
  });

  it('is refused for an incident that is no drill', async () => {
    db = freshDatabase();
    const real = await declareIncident(
      db,
      { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Alex', summary: '', isDrill: false },
      ctx(startedAt),
    );
    await expect(saveRetrospective(db, real, answers('x'), ctx(after(30)))).rejects.toMatchObject({
      code: 'not-a-drill',
    });
  });
});

describe('who has led drills, read from the store', () => {
  it('counts the drills each commander led, and not the real incidents they commanded', async () => {
    db = freshDatabase();
    await endedDrill('Alex', startedAt);
    await endedDrill('Alex', after(60));
    await endedDrill('Bea', after(120));
    await declareIncident(
      db,
      { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Bea', summary: '', isDrill: false },
      ctx(after(200)),
    );
    const rows = drillPractice(await readDrillPractice(db));
    expect(rows.map((r) => [r.name, r.drillsAsIc, r.lastAsIcAt])).toEqual([
      ['Bea', 1, after(120)],
      ['Alex', 2, after(60)],
    ]);
  });
});
