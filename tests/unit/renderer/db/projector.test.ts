import { afterEach, describe, expect, it } from 'vitest';
import { appendEvents } from '../../../../renderer/src/db/append';
import { handOverCommand } from '../../../../renderer/src/db/repositories/command';
import {
  changeSeverity,
  changeStatus,
  declareIncident,
} from '../../../../renderer/src/db/repositories/incidents';
import { addPerson } from '../../../../renderer/src/db/repositories/people';
import { checkIn, checkOut, endRest, startRest } from '../../../../renderer/src/db/repositories/roster';
import { addLogEntry, setStarred } from '../../../../renderer/src/db/repositories/log';
import { projectedTables, type WarRoomDatabase } from '../../../../renderer/src/db/schema';
import { at, freshDatabase } from './testDb';

const opened: WarRoomDatabase[] = [];
function database() {
  const db = freshDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function incidentTables(db: WarRoomDatabase, incidentId: string) {
  const snapshot: Record<string, unknown[]> = {};
  for (const name of projectedTables) {
    const rows = (await db.table(name).toArray()) as Array<{ id?: string; incidentId?: string }>;
    snapshot[name] = rows.filter((r) => r.incidentId === incidentId || r.id === incidentId);
  }
  return snapshot;
}

describe('the log is the source of truth', () => {
  it('rebuilds an incident’s tables from its events alone, equal to the live ones', async () => {
    const live = database();
    const ctx = (iso: string) => ({ now: at(iso), actor: 'Alice' });
    const id = await declareIncident(
      live,
      { title: 'Checkout 500s', severity: 'SEV-2', commanderName: 'Alice', summary: 'Errors at 40%' },
      ctx('2026-11-24T02:00:00Z'),
    );
    const other = await declareIncident(
      live,
      { title: 'Unrelated', severity: 'SEV-4', commanderName: 'Bob', summary: '' },
      ctx('2026-11-24T02:01:00Z'),
    );
    await changeSeverity(live, id, 'SEV-1', ctx('2026-11-24T02:05:00Z'));
    const fact = await addLogEntry(
      live,
      { incidentId: id, kind: 'fact', text: 'DB primary down', author: 'Carol' },
      ctx('2026-11-24T02:06:00Z'),
    );
    await addLogEntry(
      live,
      { incidentId: id, kind: 'hypothesis', text: 'Disk full?', author: 'Carol' },
      ctx('2026-11-24T02:07:00Z'),
    );
    await setStarred(live, fact.id, true, ctx('2026-11-24T02:08:00Z'));
    await changeStatus(live, id, 'identified', ctx('2026-11-24T02:10:00Z'));
    const dave = await addPerson(
      live,
      { name: 'Dave', timeZone: 'Europe/Paris' },
      ctx('2026-11-24T02:11:00Z'),
    );
    const erin = await addPerson(live, { name: 'Erin', timeZone: 'UTC' }, ctx('2026-11-24T02:11:00Z'));
    await checkIn(
      live,
      { incidentId: id, personId: dave, roles: ['ops-lead'], location: 'office' },
      ctx('2026-11-24T02:12:00Z'),
    );
    const erinIn = await checkIn(
      live,
      { incidentId: id, personId: erin, roles: ['scribe', 'responder'], location: 'remote' },
      ctx('2026-11-24T02:13:00Z'),
    );
    await startRest(live, erinIn, ctx('2026-11-24T02:15:00Z'));
    await endRest(live, erinIn, ctx('2026-11-24T02:18:00Z'));
    await handOverCommand(live, { incidentId: id, toPersonId: dave }, ctx('2026-11-24T02:20:00Z'));
    await checkOut(live, { checkInId: erinIn, reason: 'shift-end' }, ctx('2026-11-24T02:50:00Z'));
    await changeStatus(live, id, 'resolved', ctx('2026-11-24T03:00:00Z'));

    const events = await live.events.where('incidentId').equals(id).toArray();
    const rebuilt = database();
    await appendEvents(rebuilt, events);

    expect(await incidentTables(rebuilt, id)).toEqual(await incidentTables(live, id));
    const incident = await rebuilt.incidents.get(id);
    expect(incident).toMatchObject({
      severity: 'SEV-1',
      status: 'resolved',
      commanderName: 'Dave',
      resolvedAt: at('2026-11-24T03:00:00Z'),
    });
    // 14: the hand-over is two events (Alice stays on as a responder).
    expect((await rebuilt.logCounts.get(id))?.count).toBe(14);
    expect(await rebuilt.incidents.get(other)).toBeUndefined();
  });

  it('replaying the same events twice changes nothing (idempotent by event id)', async () => {
    const db = database();
    const id = await declareIncident(
      db,
      { title: 'Login slow', severity: 'SEV-3', commanderName: 'Alice', summary: '' },
      { now: at('2026-11-24T10:00:00Z'), actor: 'Alice' },
    );
    await addLogEntry(
      db,
      { incidentId: id, kind: 'note', text: 'paged DBA', author: 'Alice' },
      { now: at('2026-11-24T10:01:00Z'), actor: 'Alice' },
    );
    const events = await db.events.toArray();
    const before = await incidentTables(db, id);
    expect(await appendEvents(db, events)).toBe(0);
    expect(await incidentTables(db, id)).toEqual(before);
    expect(await db.events.count()).toBe(events.length);
  });
});
