/** Backups over real (fake-indexeddb) databases filled through the real repositories. */
import { afterEach, describe, expect, it } from 'vitest';
import { appendEvents } from '../../../../../renderer/src/db/append';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry } from '../../../../../renderer/src/db/repositories/log';
import { addPerson, changePersonDetails } from '../../../../../renderer/src/db/repositories/people';
import { exportBackup } from '../../../../../renderer/src/db/repositories/backup-export';
import { importBackup, restoreBackup } from '../../../../../renderer/src/db/repositories/backup';
import { BackupRefusal, previewImport } from '../../../../../renderer/src/db/repositories/backup-preview';
import { projectedTables, type WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { parseBackup, type BackupFile } from '../../../../../renderer/src/domain/backup/parse';
import { ctx, dumpTables, minute, seedDatabase, twoDesktops } from '../../domain/backup/seed';
import { freshDatabase } from '../testDb';

const opened: WarRoomDatabase[] = [];
function database() {
  const db = freshDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const now = minute(60);
const context = { now, appVersion: '0.1.0-test' };

async function read(text: string): Promise<BackupFile> {
  const parsed = await parseBackup(text, { now });
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
  return parsed.file;
}

/** Every table but the device-local record of imports, which differs between desktops by design. */
async function content(db: WarRoomDatabase) {
  const { imports: _imports, ...rest } = await dumpTables(db);
  void _imports;
  return rest;
}

describe('exporting and importing the whole database', () => {
  it('brings every event, projection and undelivered broadcast to a fresh desktop', async () => {
    const source = database();
    await seedDatabase(source);
    const progress: [number, number][] = [];
    const exported = await exportBackup(
      source,
      { kind: 'all' },
      { ...context, onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(exported.events).toBe(await source.events.count());
    expect(progress.at(-1)).toEqual([exported.events, exported.events]);

    const file = await read(exported.text);
    expect(file.outbox).toHaveLength(1);
    expect(file.events.map((e) => e.ts)).toEqual([...file.events.map((e) => e.ts)].sort((a, b) => a - b));

    const target = database();
    const preview = await previewImport(target, file);
    expect(preview.problem).toBeNull();
    expect(preview.events).toEqual({ new: file.events.length, known: 0 });
    expect(preview.people).toEqual({ new: 5, known: 0 });
    expect(preview.incidents.map((i) => [i.title, i.isNew])).toEqual([
      ['Checkout 500s', true],
      ['Login slow', true],
    ]);
    expect(preview.outbox).toBe(1);
    expect(preview.importedAt).toBeNull();

    expect(await importBackup(target, file, { now })).toEqual({ added: file.events.length, alreadyHere: 0 });
    expect(await content(target)).toEqual(await content(source));
    expect((await previewImport(target, file)).importedAt).toBe(now);
  });

  it('imports the same file twice: the second time changes nothing at all', async () => {
    const source = database();
    await seedDatabase(source);
    const file = await read((await exportBackup(source, { kind: 'all' }, context)).text);
    const target = database();
    await importBackup(target, file, { now });
    const before = await dumpTables(target);
    expect(await importBackup(target, file, { now: now + 60_000 })).toEqual({
      added: 0,
      alreadyHere: file.events.length,
    });
    expect(await dumpTables(target)).toEqual(before);
    const preview = await previewImport(target, file);
    expect(preview.events).toEqual({ new: 0, known: file.events.length });
    expect(preview.outbox).toBe(0);
  });

  it('never carries a token-like thing, though Slack is set up', async () => {
    const source = database();
    await seedDatabase(source);
    const { text } = await exportBackup(source, { kind: 'all' }, context);
    expect(text).toContain('C0WARROOM1');
    expect(text).not.toMatch(/xox/i);
  });
});

describe('a one-incident export', () => {
  it('carries the incident, the people it names and the runbooks it applied, and nothing else', async () => {
    const source = database();
    const seeded = await seedDatabase(source);
    const { text } = await exportBackup(source, { kind: 'incident', incidentId: seeded.checkout }, context);
    const file = await read(text);
    expect(file.scope).toEqual({ kind: 'incident', incidentId: seeded.checkout, title: 'Checkout 500s' });
    const streams = new Set(file.events.map((e) => e.incidentId));
    expect(streams).toEqual(new Set([seeded.checkout, 'directory', 'runbooks']));
    expect(file.events.some((e) => e.type === 'settings.changed')).toBe(false);

    const target = database();
    await importBackup(target, file, { now });
    expect((await target.people.toArray()).map((p) => p.name).sort()).toEqual(['Alice', 'Bob']);
    expect((await target.runbooks.toArray()).map((r) => r.name)).toEqual(['Database primary failure']);
    expect(await target.incidents.get(seeded.unrelated)).toBeUndefined();
    expect(await target.tasks.where('incidentId').equals(seeded.checkout).count()).toBe(3);
    expect(await target.outbox.count()).toBe(1);
    expect(await target.incidents.get(seeded.checkout)).toEqual(await source.incidents.get(seeded.checkout));
  });

  it('is refused at import when a person it names is neither in it nor here', async () => {
    const source = database();
    const seeded = await seedDatabase(source);
    const file = await read(
      (await exportBackup(source, { kind: 'incident', incidentId: seeded.checkout }, context)).text,
    );
    const withoutBob = {
      ...file,
      events: file.events.filter((e) => !(e.type === 'person.added' && e.payload.person.name === 'Bob')),
    };
    const target = database();
    const preview = await previewImport(target, withoutBob);
    expect(preview.problem).toMatchObject({ code: 'unknown-person', detail: seeded.bob });
    expect(preview.problem?.where).toMatch(/^events\[\d+\]\.payload\.(personId|to\.personId)$/);
    const before = await dumpTables(target);
    await expect(importBackup(target, withoutBob, { now })).rejects.toBeInstanceOf(BackupRefusal);
    expect(await dumpTables(target)).toEqual(before);
  });
});

describe('two desktops’ exports of the same incident', () => {
  it('merge into one log in event-time order, with the projections of the merged log', async () => {
    const a = database();
    const b = database();
    const { incidentId, aTask, bTask } = await twoDesktops(a, b);
    const fromA = await read((await exportBackup(a, { kind: 'incident', incidentId }, context)).text);
    const fromB = await read((await exportBackup(b, { kind: 'incident', incidentId }, context)).text);

    const preview = await previewImport(a, fromB);
    expect(preview.incidents).toEqual([
      { id: incidentId, title: 'Search down', isNew: false, newEvents: 3, knownEvents: 3 },
    ]);
    const merged = await importBackup(a, fromB, { now });
    // B's three events are new; A's own three and Alice's directory entry are already here.
    expect(merged).toEqual({ added: 3, alreadyHere: 4 });

    const log = await a.events.where('incidentId').equals(incidentId).sortBy('ts');
    expect(log.map((e) => e.ts)).toEqual([20, 20, 21, 23, 24, 25, 26, 27, 28].map(minute));
    // B's "monitoring" at 28 came after A's "identified" at 26: the merged incident is monitoring.
    expect(await a.incidents.get(incidentId)).toMatchObject({ status: 'monitoring' });
    const tasks = await a.tasks.where('incidentId').equals(incidentId).toArray();
    expect(tasks.map((t) => t.id).sort()).toEqual([aTask, bTask].sort());
    expect((await a.logCounts.get(incidentId))?.count).toBe(9);
    // Equal to the whole merged log replayed in event-time order on a desktop that had nothing.
    const replayed = database();
    await appendEvents(
      replayed,
      [...(await a.events.toArray())].sort((x, y) => x.ts - y.ts || (x.id < y.id ? -1 : 1)),
    );

    // The other way round gives the same incident: the merge does not depend on who imports whom.
    await importBackup(b, fromA, { now });
    const tables = async (db: WarRoomDatabase) => {
      const out: Record<string, unknown[]> = {};
      for (const name of projectedTables) out[name] = await db.table(name).toArray();
      return out;
    };
    expect(await tables(a)).toEqual(await tables(replayed));
    expect(await tables(b)).toEqual(await tables(a));
  });
  it('keeps a correction made from an incident’s roster when the directory is merged', async () => {
    const a = database();
    const b = database();
    await twoDesktops(a, b);
    const alice = (await a.people.toArray())[0];
    if (alice === undefined) throw new Error('no Alice');
    await addPerson(b, { name: 'Dana', timeZone: 'UTC' }, ctx(29, 'Bob'));
    await addPerson(a, { name: 'Frank', timeZone: 'UTC' }, ctx(31));
    // On an incident only A has, so nothing else would replay the correction.
    const other = await declareIncident(
      a,
      { title: 'Queue backlog', severity: 'SEV-3', commanderName: 'Alice', summary: '' },
      ctx(32),
    );
    await changePersonDetails(
      a,
      { incidentId: other, personId: alice.id, details: { team: 'SRE' } },
      ctx(33),
    );
    // B's directory entry at 29 comes before A's at 31: the directory is rebuilt in event time.
    await importBackup(a, await read((await exportBackup(b, { kind: 'all' }, context)).text), { now });
    expect((await a.people.toArray()).map((p) => [p.name, p.team]).sort()).toEqual([
      ['Alice', 'SRE'],
      ['Dana', ''],
      ['Frank', ''],
    ]);
  });
});

describe('restoring a backup', () => {
  it('replaces everything here with the file’s contents', async () => {
    const source = database();
    await seedDatabase(source);
    const file = await read((await exportBackup(source, { kind: 'all' }, context)).text);
    const target = database();
    const mine = await twoDesktops(target, database());
    await addLogEntry(
      target,
      { incidentId: mine.incidentId, kind: 'note', text: 'only here', author: 'Alice' },
      ctx(30),
    );
    expect(await restoreBackup(target, file, { now })).toEqual({ events: file.events.length });
    expect(await content(target)).toEqual(await content(source));
    expect(await target.imports.count()).toBe(0);
  });
});
