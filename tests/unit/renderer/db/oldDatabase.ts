/**
 * What every schema-upgrade test starts from: a fixture database as an older version wrote it (a Dexie
 * of that version only, nothing newer), opened with today's schema, and removed after each test.
 */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { WarRoomDatabase } from '../../../../renderer/src/db/schema';

export type DatabaseFixture = {
  schemaVersion: number;
  schema: Record<string, string>;
  tables: Record<string, unknown[]>;
};

let counter = 0;

/** Call at a test file's top level: the databases it opens are deleted after each test. */
export function oldDatabases(
  fixture: DatabaseFixture,
  fromVersion: number,
  fromSchema: Record<string, string>,
) {
  const opened: Dexie[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });

  async function storeOldDatabase(): Promise<string> {
    counter += 1;
    const name = `war-room-upgrade-${fromVersion}-${counter}`;
    const old = new Dexie(name);
    old.version(fromVersion).stores(fromSchema);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    return name;
  }

  return {
    /** The old database opened with today's schema, so Dexie runs every upgrade on the way. */
    upgraded: async (): Promise<WarRoomDatabase> => {
      const db = new WarRoomDatabase(await storeOldDatabase());
      opened.push(db);
      await db.open();
      return db;
    },
    /** A new, empty database of today's schema, removed like the others. */
    fresh: (): WarRoomDatabase => {
      counter += 1;
      const db = new WarRoomDatabase(`war-room-upgrade-fresh-${counter}`);
      opened.push(db);
      return db;
    },
  };
}
