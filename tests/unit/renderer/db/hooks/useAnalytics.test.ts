import { afterEach, describe, expect, it } from 'vitest';
import { readCrossIncidentStore, readLoadLog } from '../../../../../renderer/src/db/hooks/useAnalytics';
import { changeStatus, declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry } from '../../../../../renderer/src/db/repositories/log';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import { checkIn, endRest, startRest } from '../../../../../renderer/src/db/repositories/roster';
import { saveLoadThresholds } from '../../../../../renderer/src/db/repositories/settings';
import { changeTaskStatus, createTask } from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import {
  crossIncidentFigures,
  crossIncidentInputOf,
  currentLoad,
  isLoadEvent,
  loadChangesFromLog,
  openTasksOverTime,
} from '../../../../../renderer/src/domain/analytics';
import { readLoadThresholds } from '../../../../../renderer/src/domain/settings/load-settings';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (iso: string) => ({ now: at(iso), actor: 'Alice' });

async function payments() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'Payments down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    ctx('2026-11-24T22:00:00Z'),
  );
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'UTC' }, ctx('2026-11-24T22:00:00Z'));
  const bobStay = await checkIn(
    db,
    { incidentId, personId: bob, roles: [], location: 'remote' },
    ctx('2026-11-24T22:15:00Z'),
  );
  return { incidentId, bob, bobStay };
}

describe('readLoadLog', () => {
  it('reads the incident’s load minutes, which replay into each person’s load as the log says', async () => {
    const { incidentId, bob, bobStay } = await payments();
    const first = await createTask(
      db,
      { incidentId, title: 'Roll back', category: 'restore-service', ownerId: bob },
      ctx('2026-11-24T22:20:00Z'),
    );
    await createTask(
      db,
      { incidentId, title: 'Page DBA', category: 'stop-the-bleeding', ownerId: bob },
      ctx('2026-11-24T22:21:00Z'),
    );
    await createTask(
      db,
      { incidentId, title: 'Write postmortem', category: 'follow-up', ownerId: bob },
      ctx('2026-11-24T22:22:00Z'),
    );
    await addLogEntry(
      db,
      { incidentId, kind: 'note', text: 'noise', author: 'Alice' },
      ctx('2026-11-24T22:23:00Z'),
    );
    await changeTaskStatus(db, { taskId: first, status: 'done' }, ctx('2026-11-24T22:40:00Z'));
    await startRest(db, bobStay, ctx('2026-11-24T23:00:00Z'));
    await endRest(db, bobStay, ctx('2026-11-24T23:30:00Z'));

    const { changes, names } = await readLoadLog(db, incidentId);
    const now = at('2026-11-25T00:00:00Z');
    const bobLoad = currentLoad(changes, { now }).find((row) => row.personId === bob);
    // One task left: the other is done, the follow-up does not count. On duty 22:15–23:00 and 23:30–00:00.
    expect(bobLoad).toMatchObject({ openTasks: 1, dutyMinutes: 75, checkedIn: true, resting: false });
    expect(names.get(bob)).toBe('Bob');
    // The same figures as replaying the log's task and presence events themselves.
    const events = (await db.events.where('incidentId').equals(incidentId).toArray()).filter(isLoadEvent);
    const fromLog = loadChangesFromLog(events);
    expect(currentLoad(changes, { now })).toEqual(currentLoad(fromLog.changes, { now }));
    const window = { start: at('2026-11-24T22:00:00Z'), end: now };
    expect(openTasksOverTime(changes, window)).toEqual(openTasksOverTime(fromLog.changes, window));
  });

  it('is one row per minute in which someone’s load changed: a log line or another incident adds none', async () => {
    const { incidentId, bob } = await payments();
    const before = await db.loadMinutes.where('incidentId').equals(incidentId).count();
    await addLogEntry(
      db,
      { incidentId, kind: 'note', text: 'noise', author: 'Alice' },
      ctx('2026-11-24T22:31:00Z'),
    );
    const other = await declareIncident(
      db,
      { title: 'Search slow', severity: 'SEV-3', commanderName: 'Carol', summary: '' },
      ctx('2026-11-24T22:31:30Z'),
    );
    await createTask(
      db,
      { incidentId: other, title: 'Reindex', category: 'restore-service' },
      ctx('2026-11-24T22:31:40Z'),
    );
    expect(await db.loadMinutes.where('incidentId').equals(incidentId).count()).toBe(before);
    // Two tasks within one minute: one row, two open tasks at its end.
    for (const title of ['Roll back', 'Drain queue'])
      await createTask(
        db,
        { incidentId, title, category: 'restore-service', ownerId: bob },
        ctx('2026-11-24T22:32:10Z'),
      );
    const rows = await db.loadMinutes.where('incidentId').equals(incidentId).toArray();
    expect(rows).toHaveLength(before + 1);
    expect(rows.find((r) => r.minute === 33)?.openTasks).toEqual({ [bob]: 2 });
  });
});

describe('readCrossIncidentStore', () => {
  it('reads the stays, rests and declaring commander of the incidents that overlap the window', async () => {
    const { incidentId, bob } = await payments();
    await changeStatus(db, incidentId, 'resolved', ctx('2026-11-25T02:00:00Z'));
    const store = await readCrossIncidentStore(db, at('2026-11-20T00:00:00Z'));
    expect(store.incidents.map((i) => i.id)).toEqual([incidentId]);
    expect(store.people.map((p) => p.name).sort()).toEqual(['Alice', 'Bob']);
    const figures = crossIncidentFigures(
      crossIncidentInputOf(store, { now: at('2026-11-26T00:00:00Z'), windowDays: 7, includeDrills: false }),
    );
    // Bob checked in 15 minutes after the declaration; the incident took 4 hours to resolve.
    expect(figures.bySeverity[0]).toMatchObject({
      severity: 'SEV-1',
      incidents: 1,
      medianTimeToFirstCheckInMinutes: 15,
      medianTimeToResolveMinutes: 240,
    });
    // Still checked in when the incident resolved: Bob's hours end at the resolution (22:15 to 02:00), not at `now`.
    expect(figures.responders.find((r) => r.personId === bob)?.totalHours).toBe(3.75);
    expect(await readCrossIncidentStore(db, at('2026-11-25T03:00:00Z'))).toMatchObject({ incidents: [] });
  });
});

describe('load thresholds', () => {
  it('saves the team’s concentration threshold as a logged setting and refuses nonsense', async () => {
    db = freshDatabase();
    await saveLoadThresholds(db, { concentrationPercent: 50, minCheckedIn: 4 }, ctx('2026-11-24T22:00:00Z'));
    expect(readLoadThresholds((await db.settings.get('loadThresholds'))?.value)).toEqual({
      concentrationPercent: 50,
      minCheckedIn: 4,
    });
    await expect(
      saveLoadThresholds(db, { concentrationPercent: 0, minCheckedIn: 4 }, ctx('2026-11-24T22:01:00Z')),
    ).rejects.toMatchObject({ code: 'bad-threshold' });
    expect((await db.events.toArray()).map((e) => e.type)).toEqual(['settings.changed']);
  });
});
