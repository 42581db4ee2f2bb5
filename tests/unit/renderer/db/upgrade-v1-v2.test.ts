/**
 * A desk that stored its incidents at schema version 1 opens them with today's WarRoomDatabase: every
 * row of every table is still there, unchanged, the tables version 2 adds are there and empty, and the
 * app reads and writes the upgraded database as it would a new one.
 *
 * Generic over the fixture's tables: the next version's test is a copy of this file with the next
 * fixture (tests/fixtures/db/make-v2.ts), its schema and the tables that version adds.
 */
import { describe, expect, it } from 'vitest';
import { oldDatabases, type DatabaseFixture } from './oldDatabase';
import fixtureText from '../../../fixtures/db/war-room-v1.json?raw';
import { schemaV1, WarRoomDatabase } from '../../../../renderer/src/db/schema';
import { addLogEntry } from '../../../../renderer/src/db/repositories/log';
import { postmortemDraftOf } from '../../../../renderer/src/db/repositories/postmortem';
import { readTimelineSources } from '../../../../renderer/src/db/repositories/timeline-reads';
import type { IncidentEvent } from '../../../../renderer/src/domain/log/events';

const fixture = JSON.parse(fixtureText) as DatabaseFixture;
const fromVersion = 1;
const fromSchema: Record<string, string> = schemaV1;
const addedTables = ['imports'];
/** Projections a later version adds and fills from the events at its upgrade (checked in its own test). */
const filledTables = ['taskRevisions', 'loadMinutes'];
/** Device-local tables a later version adds empty (checked in its own test). */
const laterTables = ['syncOutbox', 'roomState'];

const { upgraded } = oldDatabases(fixture, fromVersion, fromSchema);

/** The index names IndexedDB itself holds for a table, not what Dexie was told. */
function storedIndexes(db: WarRoomDatabase, table: string): string[] {
  return [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
}

const rowsOf = <T>(table: string) => (fixture.tables[table] ?? []) as T[];
const incidents = rowsOf<{ id: string; status: string; title: string }>('incidents');
const liveIncident = incidents.find((i) => i.status !== 'resolved');
const resolvedIncident = incidents.find((i) => i.status === 'resolved');

describe(`schema upgrade v${fromVersion} → latest`, () => {
  it(`the fixture is a version-${fromVersion} database with rows in every table`, () => {
    expect(fixture.schemaVersion).toBe(fromVersion);
    expect(fixture.schema).toEqual(fromSchema);
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(fromSchema).sort());
    for (const [table, rows] of Object.entries(fixture.tables)) expect(rows.length, table).toBeGreaterThan(0);
  });

  it('keeps every row of every table unchanged and adds the new tables empty', async () => {
    const db = await upgraded();
    expect(db.verno).toBeGreaterThan(fromVersion);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...Object.keys(fromSchema), ...addedTables, ...filledTables, ...laterTables].sort(),
    );
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

  it('reads the incidents as the app does: the log in event-time order, the postmortem draft as edited', async () => {
    const db = await upgraded();
    if (liveIncident === undefined || resolvedIncident === undefined)
      throw new Error('the fixture lacks an incident');
    const { events } = await readTimelineSources(db, liveIncident.id);
    const expected = rowsOf<IncidentEvent>('events')
      .filter((e) => e.incidentId === liveIncident.id)
      .sort((a, b) => a.ts - b.ts || a.id.localeCompare(b.id));
    expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const backdated = events.find((e) => e.type === 'log.entry-added' && e.ts < e.recordedAt);
    expect(backdated?.payload).toMatchObject({ text: 'First gateway timeout alert fired' });
    const draft = await postmortemDraftOf(db, resolvedIncident.id);
    expect(draft?.sections.find((s) => s.section === 'impact')?.text).toBe(
      'Search took 4 s instead of 300 ms for every customer.',
    );
    expect(await db.outbox.where('state').equals('queued').count()).toBe(1);
  });

  it('takes a new log entry on an upgraded incident, counted with the old ones', async () => {
    const db = await upgraded();
    if (liveIncident === undefined) throw new Error('the fixture lacks a live incident');
    const before = (await db.logCounts.get(liveIncident.id))?.count ?? 0;
    const latest = Math.max(...rowsOf<IncidentEvent>('events').map((e) => e.recordedAt));
    const { id } = await addLogEntry(
      db,
      {
        incidentId: liveIncident.id,
        kind: 'note',
        text: 'Written after the upgrade',
        author: 'Alice Moreau',
      },
      { now: latest + 60_000, actor: 'Alice Moreau' },
    );
    expect((await db.logCounts.get(liveIncident.id))?.count).toBe(before + 1);
    const { events } = await readTimelineSources(db, liveIncident.id);
    expect(events.at(-1)?.id).toBe(id);
    expect(await db.events.count()).toBe(rowsOf('events').length + 1);
  });
});
