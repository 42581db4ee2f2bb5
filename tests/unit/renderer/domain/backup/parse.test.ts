import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../../../renderer/src/domain/backup/canonical';
import { parseBackup } from '../../../../../renderer/src/domain/backup/parse';
import { upgradeBackup } from '../../../../../renderer/src/domain/backup/upgrade';
import { now, sampleContent, sampleEvents, sampleText } from './sample';

const parse = (text: string) => parseBackup(text, { now });

/** A file as written by hand: the content changed, its checksum recomputed so only the change is wrong. */
async function withChange(change: (file: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse(await sampleText()) as Record<string, unknown>;
  change(file);
  file.checksum = await checksumOf(file);
  return JSON.stringify(file, null, 2);
}

async function problemOf(text: string) {
  const parsed = await parse(text);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.problem;
}

describe('parseBackup', () => {
  it('reads back what serializeBackup wrote, events and all', async () => {
    const parsed = await parse(await sampleText());
    expect(parsed).toEqual({
      ok: true,
      file: { ...sampleContent(), checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    });
  });

  it('accepts a byte-order mark before a valid file', async () => {
    expect((await parse(`\uFEFF${await sampleText()}`)).ok).toBe(true);
  });

  it('checks the checksum however the file is formatted', async () => {
    const reformatted = JSON.stringify(JSON.parse(await sampleText()));
    expect((await parse(reformatted)).ok).toBe(true);
  });

  it('refuses a file past the size bound before reading it', async () => {
    expect(await problemOf(' '.repeat(200 * 1024 * 1024 + 1))).toMatchObject({ code: 'too-large' });
  });

  it('names the line and column where JSON goes wrong', async () => {
    expect(await problemOf('{\n  "format": "war-room-backup",\n  "events": [1,,2]\n}')).toMatchObject({
      code: 'not-json',
      where: '3:16',
    });
    const text = await sampleText();
    expect(await problemOf(text.slice(0, 200))).toMatchObject({
      code: 'not-json',
      detail: 'the text ends too early',
    });
  });

  it('refuses deep nesting before JSON.parse recurses, and says where', async () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(await problemOf(deep)).toMatchObject({ code: 'too-deep', where: '1:69' });
  });

  it('refuses prototype keys at any depth', async () => {
    const text = (await sampleText()).replace('"kind":"fact"', '"kind":"fact","__proto__":{"polluted":true}');
    expect(await problemOf(text)).toMatchObject({
      code: 'forbidden-key',
      where: 'events[2].payload.__proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sends a runbook file to Runbooks, and refuses a newer format by name', async () => {
    const runbook = JSON.stringify({
      format: 'war-room.runbook',
      version: 1,
      name: 'x',
      description: '',
      steps: [],
    });
    expect(await problemOf(runbook)).toMatchObject({ code: 'runbook-file' });
    expect(await problemOf(await withChange((f) => (f.formatVersion = 7)))).toMatchObject({
      code: 'newer-version',
      detail: '7',
    });
    expect(await problemOf(await withChange((f) => (f.formatVersion = 0)))).toMatchObject({
      code: 'unknown-version',
    });
  });

  it('names an unknown event type with its index, and a field of the wrong type with its path', async () => {
    const unknown = await withChange(
      (f) => ((f.events as [unknown, { type: string }])[1].type = 'incident.exploded'),
    );
    expect(await problemOf(unknown)).toMatchObject({ code: 'unknown-event-type', where: 'events[1].type' });
    const asString = await withChange(
      (f) => ((f.events as [unknown, unknown, { ts: unknown }])[2].ts = '1700000000000'),
    );
    expect(await problemOf(asString)).toMatchObject({ code: 'wrong-type', where: 'events[2].ts' });
    const extra = await withChange(
      (f) => ((f.events as [unknown, unknown, { payload: Record<string, unknown> }])[2].payload.mood = 1),
    );
    expect(await problemOf(extra)).toMatchObject({ code: 'unknown-field', where: 'events[2].payload.mood' });
  });

  it('tolerates the same event twice but refuses one id with two contents', async () => {
    const events = sampleEvents();
    const twice = await parse(await sampleText([...events, events[2]]));
    expect(twice.ok && twice.file.events).toHaveLength(3);
    const changed = { ...events[2], actor: 'Mallory' };
    expect(await problemOf(await sampleText([...events, changed]))).toMatchObject({
      code: 'duplicate-event',
      where: 'events[3].id',
      detail: 'events[2]',
    });
  });

  it('refuses times in the future and an event recorded before it happened', async () => {
    const events = sampleEvents();
    const future = { ...events[2], recordedAt: now + 10 * 60_000 };
    expect(await problemOf(await sampleText([events[0], events[1], future]))).toMatchObject({
      code: 'future-time',
      where: 'events[2].recordedAt',
    });
    const impossible = { ...events[2], ts: events[2].recordedAt + 60 * 60_000 };
    expect(await problemOf(await sampleText([events[0], events[1], impossible]))).toMatchObject({
      code: 'happened-after-recorded',
      where: 'events[2].ts',
    });
  });

  it('refuses a file changed after it was written', async () => {
    const text = (await sampleText()).replace('DB primary down', 'DB primary fine');
    expect(await problemOf(text)).toMatchObject({ code: 'checksum-mismatch', where: 'checksum' });
  });
});

describe('the format upgrade chain', () => {
  it('walks a file from its version to the current one, step by step', () => {
    const table = {
      1: (file: Record<string, unknown>) => ({ ...file, renamed: file.old, old: undefined }),
      2: (file: Record<string, unknown>) => ({ ...file, added: true }),
    };
    const original = { formatVersion: 1, old: 'x' };
    expect(upgradeBackup(original, 1, 3, table)).toEqual({
      formatVersion: 3,
      renamed: 'x',
      old: undefined,
      added: true,
    });
    expect(original).toEqual({ formatVersion: 1, old: 'x' });
    expect(upgradeBackup(original, 1, 4, table)).toBeNull();
  });

  it('is the identity for a file of the current version', () => {
    expect(upgradeBackup({ formatVersion: 1, a: 1 }, 1)).toEqual({ formatVersion: 1, a: 1 });
  });
});
