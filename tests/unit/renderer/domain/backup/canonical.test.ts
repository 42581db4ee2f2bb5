/** Canonical JSON is what a backup's checksum is taken over: one text for any key order, JSON's own forms. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf } from '../../../../../renderer/src/domain/backup/canonical';
import { parseBackup } from '../../../../../renderer/src/domain/backup/parse';
import { serializeBackup } from '../../../../../renderer/src/domain/backup/serialize';
import { now, sampleEvents } from './sample';

/** The definition, written the slow, obvious way: a sorted copy of every object. */
function byDefinition(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it('reads as the definition does for the awkward values', () => {
    const awkward = {
      text: 'Ünïcode ✓ "quoted" \\ back\nline \u2028',
      missing: undefined,
      list: [undefined, null, -0, 1e21, 0.1],
      '10': 'a numeric key',
      '2': 'integer-like keys come first, by value, as JavaScript holds them',
      Z: 'capitals first',
      nested: { when: new Date(Date.UTC(2026, 11, 3)), empty: {}, none: [] },
      keys: { a: 1 },
      sameNameDeeper: { keys: { b: 2, a: 1 } },
    };
    expect(canonicalJson(awkward)).toBe(byDefinition(awkward));
  });

  it('gives the same text whatever order the keys were written in', () => {
    const [one] = sampleEvents();
    const reordered = Object.fromEntries(Object.entries(one).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(one));
    expect(canonicalJson(sampleEvents())).toBe(byDefinition(sampleEvents()));
  });

  it('makes a file whose checksum is the canonical checksum of what it holds', async () => {
    const content = {
      format: 'war-room-backup' as const,
      formatVersion: 1 as const,
      appVersion: '0.1.0',
      createdAt: new Date(now).toISOString(),
      scope: { kind: 'all' as const },
      events: sampleEvents(),
      outbox: [],
    };
    const text = await serializeBackup(content);
    const written = JSON.parse(text) as { checksum: string };
    expect(written.checksum).toBe(await checksumOf(content));
    // One event per line, so a refusal's line points at one.
    expect(text.split('\n').filter((line) => line.includes('"type":'))).toHaveLength(3);
    const parsed = await parseBackup(text, { now });
    expect(parsed.ok).toBe(true);
  });
});
