/**
 * A desk that stored its incidents at schema version 2 (war-room-v2.json, itself upgraded from version 1
 * and used after) opens them with today's WarRoomDatabase: every row of every table is still there,
 * unchanged, and the projections version 3 adds (task revisions, load minutes) are filled from the events
 * already stored, row for row as the projector would have made them, so an old incident's board and load
 * charts read as a new one's.
 */
import { describe, expect, it } from 'vitest';
import { oldDatabases, type DatabaseFixture } from './oldDatabase';
import fixtureText from '../../../fixtures/db/war-room-v2.json?raw';
import { appendEvents } from '../../../../renderer/src/db/append';
import { readLoadLog } from '../../../../renderer/src/db/hooks/useAnalytics';
import { assignTask } from '../../../../renderer/src/db/repositories/tasks';
import { schemaV2, WarRoomDatabase } from '../../../../renderer/src/db/schema';
import {
  currentLoad,
  isLoadEvent,
  loadChangesFromLog,
  openTasksOverTime,
} from '../../../../renderer/src/domain/analytics';
import type { Incident } from '../../../../renderer/src/domain/incident/types';
import type { IncidentEvent } from '../../../../renderer/src/domain/log/events';
import type { Task } from '../../../../renderer/src/domain/tasks/types';

const fixture = JSON.parse(fixtureText) as DatabaseFixture;
const fromVersion = 2;
const fromSchema: Record<string, string> = schemaV2;
const filledTables = ['taskRevisions', 'loadMinutes'];
/** Device-local tables a later version adds empty (checked in its own test). */
const laterTables = ['syncOutbox', 'roomState'];

const { upgraded, fresh } = oldDatabases(fixture, fromVersion, fromSchema);

/** The same events appended to a new database, in the order they were recorded, through the projector. */
async function projectedAfresh(): Promise<WarRoomDatabase> {
  const db = fresh();
  const events = [...rowsOf<IncidentEvent>('events')].sort((a, b) => (a.id < b.id ? -1 : 1));
  await appendEvents(db, events);
  return db;
}

function storedIndexes(db: WarRoomDatabase, table: string): string[] {
  return [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
}

const rowsOf = <T>(table: string) => (fixture.tables[table] ?? []) as T[];
const incidents = rowsOf<Incident>('incidents');
const taskEvents = rowsOf<IncidentEvent>('events').filter((e) => e.type.startsWith('task.'));

describe(`schema upgrade v${fromVersion} → latest`, () => {
  it(`the fixture is a version-${fromVersion} database with rows in every table, tasks on two incidents`, () => {
    expect(fixture.schemaVersion).toBe(fromVersion);
    expect(fixture.schema).toEqual(fromSchema);
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(fromSchema).sort());
    for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, table).toBeGreaterThan(0);
    expect(new Set(taskEvents.map((e) => e.incidentId)).size).toBe(2);
  });

  it('keeps every row of every table unchanged and adds the new projections with their indexes', async () => {
    const db = await upgraded();
    expect(db.verno).toBeGreaterThan(fromVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...Object.keys(fromSchema), ...filledTables, ...laterTables].sort(),
    );
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await db.table(table).toArray(), table).toStrictEqual(rows);
    }
    for (const table of db.tables) {
      expect(storedIndexes(db, table.name), table.name).toEqual(
        table.schema.indexes.map((i) => i.name).sort(),
      );
    }
  });

  it('fills the new projections row for row as the projector makes them from the same events', async () => {
    const db = await upgraded();
    const fresh = await projectedAfresh();
    for (const table of filledTables) {
      const rows = await db.table(table).toArray();
      expect(rows.length, table).toBeGreaterThan(0);
      expect(rows, table).toStrictEqual(await fresh.table(table).toArray());
    }
    // Each incident's revision is the number of its task events; an incident without tasks has none.
    for (const incident of incidents) {
      const count = taskEvents.filter((e) => e.incidentId === incident.id).length;
      expect((await db.taskRevisions.get(incident.id))?.revision, incident.title).toBe(
        count === 0 ? undefined : count,
      );
    }
  });

  it('gives every incident’s load charts the figures its log gives', async () => {
    const db = await upgraded();
    const now = Math.max(...rowsOf<IncidentEvent>('events').map((e) => e.ts)) + 60_000;
    for (const incident of incidents) {
      const { changes, names } = await readLoadLog(db, incident.id);
      const events = rowsOf<IncidentEvent>('events').filter((e) => e.incidentId === incident.id);
      const fromLog = loadChangesFromLog(events.filter(isLoadEvent));
      expect(currentLoad(changes, { now }), incident.title).toEqual(currentLoad(fromLog.changes, { now }));
      const window = { start: incident.declaredAt, end: incident.resolvedAt ?? now };
      expect(openTasksOverTime(changes, window), incident.title).toEqual(
        openTasksOverTime(fromLog.changes, window),
      );
      expect(names, incident.title).toEqual(fromLog.names);
    }
  });

  it('keeps the new projections up to date on an upgraded incident', async () => {
    const db = await upgraded();
    const live = incidents.find((i) => i.title === 'Checkout payments failing');
    if (live === undefined) throw new Error('the fixture lacks its live incident');
    const tasks = rowsOf<Task>('tasks').filter((t) => t.incidentId === live.id && t.status === 'todo');
    const task = tasks.find((t) => t.ownerId !== null);
    const people = rowsOf<{ id: string; name: string }>('people');
    // Someone on duty who does not hold it yet (Bob and Dev are both checked in and not resting).
    const taker = people.find((p) => ['Bob Tanaka', 'Dev Patel'].includes(p.name) && p.id !== task?.ownerId);
    if (task === undefined || taker === undefined) throw new Error('the fixture lacks an owned task');
    const revision = (await db.taskRevisions.get(live.id))?.revision ?? 0;
    const latest = Math.max(...rowsOf<IncidentEvent>('events').map((e) => e.recordedAt));
    const now = latest + 5 * 60_000;
    const before = currentLoad((await readLoadLog(db, live.id)).changes, { now });
    await assignTask(db, { taskId: task.id, personId: taker.id }, { now, actor: 'Alice Moreau' });
    expect((await db.taskRevisions.get(live.id))?.revision).toBe(revision + 1);
    const after = currentLoad((await readLoadLog(db, live.id)).changes, { now });
    const open = (load: typeof before, id: string | null) =>
      load.find((r) => r.personId === id)?.openTasks ?? 0;
    expect(open(after, taker.id)).toBe(open(before, taker.id) + 1);
    expect(open(after, task.ownerId)).toBe(open(before, task.ownerId) - 1);
  });
});
