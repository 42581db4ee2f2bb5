import {
  mkdtempSync,
  readdirSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listSnapshots,
  readSnapshot,
  snapshotNameFor,
  writeSnapshot,
} from '../../../../../main/services/backups';
import { maxSnapshotBytes } from '../../../../../preload/contract/backups';

const folder = () => join(mkdtempSync(join(tmpdir(), 'war-room-snapshots-')), 'backups');
const at = (iso: string) => Date.parse(iso);

describe('writing a snapshot', () => {
  it('names it by time and reason, privately, and reads back exactly what was written', async () => {
    const dir = folder();
    const written = await writeSnapshot(
      dir,
      '{"events":["日本語"]}',
      'scheduled',
      at('2026-12-03T12:04:05.123Z'),
    );
    expect(written).toEqual({
      name: 'snapshot-2026-12-03T12-04-05-123Z-scheduled.json',
      createdAt: at('2026-12-03T12:04:05.123Z'),
      reason: 'scheduled',
      bytes: Buffer.byteLength('{"events":["日本語"]}'),
    });
    expect(statSync(join(dir, written.name)).mode & 0o777).toBe(0o600);
    expect(await readSnapshot(dir, written.name)).toBe('{"events":["日本語"]}');
    expect(readdirSync(dir)).toEqual([written.name]);
  });

  it('never replaces a snapshot taken in the same millisecond', async () => {
    const dir = folder();
    const now = at('2026-12-03T12:00:00.000Z');
    const first = await writeSnapshot(dir, 'first', 'scheduled', now);
    const second = await writeSnapshot(dir, 'second', 'scheduled', now);
    expect(second.name).not.toBe(first.name);
    expect(await readSnapshot(dir, first.name)).toBe('first');
    expect(await readSnapshot(dir, second.name)).toBe('second');
  });

  it('deletes what the policy no longer keeps: a fourth snapshot today pushes out the oldest of today', async () => {
    const dir = folder();
    for (const minute of ['00', '15', '30', '45'])
      await writeSnapshot(dir, minute, 'scheduled', at(`2026-12-03T09:${minute}:00.000Z`), 'UTC');
    const names = (await listSnapshots(dir)).map((s) => s.name);
    expect(names).toEqual([
      snapshotNameFor(at('2026-12-03T09:45:00.000Z'), 'scheduled'),
      snapshotNameFor(at('2026-12-03T09:30:00.000Z'), 'scheduled'),
      snapshotNameFor(at('2026-12-03T09:15:00.000Z'), 'scheduled'),
    ]);
  });

  it('refuses a snapshot over 200 MB and writes nothing', async () => {
    const dir = folder();
    // Three bytes a character: over the limit in bytes while under it in characters.
    const huge = '€'.repeat(Math.floor(maxSnapshotBytes / 3) + 1);
    await expect(writeSnapshot(dir, huge, 'scheduled', Date.now())).rejects.toMatchObject({
      code: 'bad_input',
    });
    expect(await listSnapshots(dir)).toEqual([]);
  });
});

describe('a crash mid-write', () => {
  it('leaves a temp file that is never listed as the newest, and is removed once clearly left over', async () => {
    const dir = folder();
    const whole = await writeSnapshot(dir, '{"whole":true}', 'scheduled', at('2026-12-03T09:00:00.000Z'));
    // What a crash during the next write leaves behind: a newer name, half its content, still .tmp.
    const torn = join(dir, `${snapshotNameFor(at('2026-12-03T09:15:00.000Z'), 'scheduled')}.tmp`);
    writeFileSync(torn, '{"who');
    const fresh = await listSnapshots(dir, at('2026-12-03T09:16:00.000Z'));
    expect(fresh.map((s) => s.name)).toEqual([whole.name]);
    expect(readdirSync(dir)).toContain(`${snapshotNameFor(at('2026-12-03T09:15:00.000Z'), 'scheduled')}.tmp`);

    const hourAgo = (Date.now() - 60 * 60 * 1000) / 1000;
    utimesSync(torn, hourAgo, hourAgo);
    expect((await listSnapshots(dir)).map((s) => s.name)).toEqual([whole.name]);
    expect(readdirSync(dir)).toEqual([whole.name]);
  });

  it('never shows a half-written snapshot while a big one is being written', async () => {
    const dir = folder();
    const content = JSON.stringify({ events: 'x'.repeat(8 * 1024 * 1024) });
    let done = false;
    const writing = writeSnapshot(dir, content, 'scheduled', Date.now()).finally(() => {
      done = true;
    });
    let looks = 0;
    while (!done) {
      for (const snapshot of await listSnapshots(dir)) {
        expect(snapshot.bytes).toBe(content.length);
        expect((await readSnapshot(dir, snapshot.name)).length).toBe(content.length);
      }
      looks += 1;
    }
    await writing;
    expect(looks).toBeGreaterThan(0);
    expect((await listSnapshots(dir)).map((s) => s.bytes)).toEqual([content.length]);
  });
});

describe('reading a snapshot', () => {
  it('refuses any name that is not a snapshot War Room wrote: no way out of the folder', async () => {
    const dir = folder();
    await writeSnapshot(dir, 'kept', 'scheduled', Date.now());
    for (const name of [
      '../x',
      '/etc/passwd',
      `../backups/${snapshotNameFor(Date.now(), 'scheduled')}`,
      'notes.json',
      '',
    ])
      await expect(readSnapshot(dir, name)).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('refuses a link planted under a snapshot name, and does not list it', async () => {
    const dir = folder();
    await writeSnapshot(dir, 'kept', 'scheduled', at('2026-12-03T09:00:00.000Z'));
    const secret = join(dir, '..', 'secret.txt');
    writeFileSync(secret, 'not yours');
    const planted = snapshotNameFor(at('2026-12-03T10:00:00.000Z'), 'scheduled');
    symlinkSync(secret, join(dir, planted));
    await expect(readSnapshot(dir, planted)).rejects.toMatchObject({ code: 'bad_input' });
    expect((await listSnapshots(dir)).map((s) => s.name)).not.toContain(planted);
  });

  it('refuses a file over 200 MB without reading it, and says a missing one is gone', async () => {
    const dir = folder();
    const written = await writeSnapshot(dir, 'small', 'scheduled', Date.now());
    truncateSync(join(dir, written.name), maxSnapshotBytes + 1); // sparse: no 200 MB written
    await expect(readSnapshot(dir, written.name)).rejects.toMatchObject({ code: 'bad_input' });
    const missing = snapshotNameFor(at('2020-01-01T00:00:00.000Z'), 'scheduled');
    await expect(readSnapshot(dir, missing)).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('lists nothing from a folder that does not exist yet, and skips files that are not ours', async () => {
    const dir = folder();
    expect(await listSnapshots(dir)).toEqual([]);
    await writeSnapshot(dir, 'kept', 'before-import', at('2026-12-03T09:00:00.000Z'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'snapshot-2026-13-45T99-00-00-000Z-scheduled.json'), 'no such day');
    expect(await listSnapshots(dir)).toEqual([
      {
        name: 'snapshot-2026-12-03T09-00-00-000Z-before-import.json',
        createdAt: at('2026-12-03T09:00:00.000Z'),
        reason: 'before-import',
        bytes: 4,
      },
    ]);
  });
});
