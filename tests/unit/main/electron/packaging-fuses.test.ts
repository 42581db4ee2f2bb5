/**
 * The fuses electron-builder flips in the packaged Electron binary (Electron checklist item 19), read
 * from electron-builder.yml itself: a shipped War Room cannot be run as plain Node, take NODE_OPTIONS
 * or --inspect, or load code from outside its integrity-checked asar. Changing one fails this test.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const config = readFileSync(
  join(resolve(import.meta.dirname, '..', '..', '..', '..'), 'electron-builder.yml'),
  'utf8',
);

/** The `key: value` lines of one top-level block (the file keeps `electronFuses` a flat list). */
function block(name: string): Record<string, string> {
  const lines = config.split('\n');
  const start = lines.indexOf(`${name}:`);
  expect(start, `${name} is in electron-builder.yml`).toBeGreaterThanOrEqual(0);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const entry = /^ {2}([A-Za-z]+): (\S+)$/.exec(line);
    if (entry === null) break;
    entries[entry[1] ?? ''] = entry[2] ?? '';
  }
  return entries;
}

describe('the packaged binary', () => {
  it('flips every security fuse War Room can do without', () => {
    expect(block('electronFuses')).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });

  it('packs the app into an asar, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(config).toMatch(/^asar: true$/m);
  });
});
