/**
 * A desk that stored its incidents at schema version 3 (war-room-v3.json, itself upgraded from version 2
 * and used after) opens them with today's WarRoomDatabase: every row of every table is still there,
 * unchanged, and the shared war room's device-local tables version 4 adds (the sync outbox, the room
 * state) are there and empty: a desk that has never joined a room has nothing waiting.
 */
import { describe, expect, it } from 'vitest';
import { oldDatabases, type DatabaseFixture } from './oldDatabase';
import fixtureText from '../../../fixtures/db/war-room-v3.json?raw';
import { addLogEntry } from '../../../../renderer/src/db/repositories/log';
import { schemaV3, WarRoomDatabase } from '../../../../renderer/src/db/schema';
import type { IncidentEvent } from '../../../../renderer/src/domain/log/events';

const fixture = JSON.parse(fixtureText) as DatabaseFixture;
const fromVersion = 3;
const fromSchema: Record<string, string> = schemaV3;
const addedTables = ['syncOutbox', 'roomState'];

const { upgraded } = oldDatabases(fixture, fromVersion, fromSchema);

/** The index names IndexedDB itself holds for a table, not what Dexie was told. */
function storedIndexes(db: WarRoomDatabase, table: string): string[] {
  return [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
}

const rowsOf = <T>(table: string) => (fixture.tables[table] ?? []) as T[];

describe(`schema upgrade v${fromVersion} → latest`, () => {
  it(`the fixture is a version-${fromVersion} database with rows in every table`, () => {
    expect(fixture.schemaVersion).toBe(fromVersion);
    expect(fixture.schema).toEqual(fromSchema);
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(fromSchema).sort());
    for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it('keeps every row of every table unchanged and adds the sync outbox and room state empty', async () => {
    const db = await upgraded();
    expect(db.verno).toBeGreaterThan(fromVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...Object.keys(fromSchema), ...addedTables].sort());
    for (const [table, rows] of Object.entries(fixture.tables)) {
      expect(await db.table(table).toArray(), table).toStrictEqual(rows);
    }
    for (const table of addedTables) expect(await db.table(table).count(), table).toBe(0);
    for (const table of db.tables) {
      expect(storedIndexes(db, table.name), table.name).toEqual(
        table.schema.indexes.map((i) => i.name).sort(),
      );
    }
  });

  it('takes a new log entry on an upgraded incident, counted with the old ones and queued nowhere', async () => {
    const db = await upgraded();
    const live = rowsOf<{ id: string; title: string }>('incidents').find(
      (i) => i.title === 'Checkout payments failing',
    );
    if (live === undefined) throw new Error('the fixture lacks its live incident');
    const before = rowsOf<{ incidentId: string; count: number }>('logCounts').find(
      (c) => c.incidentId === live.id,
    )?.count;
    if (before === undefined) throw new Error('the fixture lacks the live incident’s log count');
    const latest = Math.max(...rowsOf<IncidentEvent>('events').map((e) => e.recordedAt));
    await addLogEntry(
      db,
      { incidentId: live.id, kind: 'note', text: 'Still here after v4', author: 'Alice Moreau' },
      { now: latest + 60_000, actor: 'Alice Moreau' },
    );
    expect((await db.logCounts.get(live.id))?.count).toBe(before + 1);
    expect(await db.syncOutbox.count()).toBe(0);
  });
});
