/**
 * Hostile and broken backup files (tests/fixtures/backups/) against a seeded database: each is refused
 * with its code and place, at parse or at the preview, the import refuses it too, and every table of the
 * database is exactly as it was. The good files are accepted, and two desktops' exports merge in time order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBackup } from '../../../../../renderer/src/db/repositories/backup';
import { BackupRefusal, previewImport } from '../../../../../renderer/src/db/repositories/backup-preview';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import {
  parseBackup,
  type BackupFile,
  type BackupProblem,
} from '../../../../../renderer/src/domain/backup/parse';
import { largeCases } from '../../../../fixtures/backups/large';
import { dumpTables, seedDatabase } from '../../domain/backup/seed';
import { freshDatabase } from '../testDb';

const files = import.meta.glob<string>('../../../../fixtures/backups/*.{json,md}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
function fixture(name: string): string {
  const text = files[`../../../../fixtures/backups/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}
type Case = { file: string; code: string; where: string; stage: 'parse' | 'preview'; what: string };
const cases = JSON.parse(fixture('cases.json')) as { good: { file: string }[]; refused: Case[] };

// After every fixture's times, as a desk reading them a week later.
const now = Date.parse('2026-12-01T09:00:00Z');

let db: WarRoomDatabase;
let before: Record<string, unknown[]>;
beforeAll(async () => {
  db = freshDatabase();
  await seedDatabase(db);
  before = await dumpTables(db);
});
afterAll(async () => {
  await db.delete();
});

/** Parse, preview, import, as the import dialog does; the first refusal met, or the file accepted. */
async function throughTheImport(text: string): Promise<BackupProblem | BackupFile> {
  const parsed = await parseBackup(text, { now });
  if (!parsed.ok) return parsed.problem;
  const preview = await previewImport(db, parsed.file);
  if (preview.problem === null) return parsed.file;
  // The store refuses on its own too, should the dialog skip the preview.
  const refusal = await importBackup(db, parsed.file, { now }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(BackupRefusal);
  expect((refusal as BackupRefusal).problem).toEqual(preview.problem);
  return preview.problem;
}

describe('hostile and broken backup files', () => {
  it('has at least 25 of them, each listed in the README', () => {
    const readme = fixture('README.md');
    expect(cases.refused.length).toBeGreaterThanOrEqual(25);
    for (const c of cases.refused) expect(readme).toContain(`\`${c.file}\``);
  });

  it.each(cases.refused)('$file is refused ($what) and nothing changes', async (c) => {
    const outcome = await throughTheImport(fixture(c.file));
    expect(outcome).toMatchObject({ code: c.code, where: c.where });
    expect(await dumpTables(db)).toEqual(before);
  });

  it.each(largeCases(fixture('good-incident.json')).map((c) => ({ ...c, label: c.name })))(
    '$label (made at test time) is refused and nothing changes',
    async (c) => {
      const outcome = await throughTheImport(c.text());
      expect(outcome).toMatchObject({ code: c.code, where: c.where });
      expect(await dumpTables(db)).toEqual(before);
    },
  );

  it('leaves no polluted prototype behind', () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('the good files', () => {
  it.each(cases.good)('$file is accepted', async ({ file }) => {
    const parsed = await parseBackup(fixture(file), { now });
    expect(parsed.ok).toBe(true);
  });

  it('desktop A’s and B’s exports of one incident merge into one log in event-time order', async () => {
    const target = freshDatabase();
    const read = async (name: string) => {
      const parsed = await parseBackup(fixture(name), { now });
      if (!parsed.ok) throw new Error(parsed.problem.code);
      return parsed.file;
    };
    const a = await read('desktop-a.json');
    const b = await read('desktop-b.json');
    if (a.scope.kind !== 'incident') throw new Error('not an incident export');
    const incidentId = a.scope.incidentId;
    await importBackup(target, a, { now });
    const second = await importBackup(target, b, { now });
    expect(second.added).toBe(3);
    const log = await target.events.where('incidentId').equals(incidentId).toArray();
    const times = log.map((e) => e.ts);
    expect(log).toHaveLength(9);
    expect(
      (
        await target.events
          .where('[incidentId+ts]')
          .between([incidentId, 0], [incidentId, Infinity])
          .toArray()
      ).map((e) => e.ts),
    ).toEqual([...times].sort((x, y) => x - y));
    const actors = (
      await target.events.where('[incidentId+ts]').between([incidentId, 0], [incidentId, Infinity]).toArray()
    ).map((e) => e.actor);
    expect(actors).toEqual(['Alice', 'Alice', 'Alice', 'Bob', 'Alice', 'Bob', 'Alice', 'Alice', 'Bob']);
    expect(await target.incidents.get(incidentId)).toMatchObject({
      title: 'Search down',
      status: 'monitoring',
    });
    expect(
      (await target.tasks.where('incidentId').equals(incidentId).toArray()).map((t) => t.title).sort(),
    ).toEqual(['Rebuild the index', 'Tell support']);
    await target.delete();
  });
});
