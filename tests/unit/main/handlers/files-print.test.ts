import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Platform } from '../../../../main/handlers';
import { browserHostPlatform } from '../../../../main/services/browser-platform';

const identity = {
  name: 'War Room',
  version: '1.2.3',
  dataFolder: '/data',
  transport: 'browser-host',
} as const;
const folder = () => mkdtempSync(join(tmpdir(), 'war-room-print-'));

describe('printing the postmortem to PDF', () => {
  it('is not something the browser host can do: it says so, and the page prints itself', async () => {
    const table = createHandlers({ identity, platform: browserHostPlatform(folder()) });
    expect(await dispatch(table, 'files:print-to-pdf', { suggestedName: 'postmortem.pdf' })).toEqual({
      ok: true,
      value: { supported: false, saved: false, path: null },
    });
  });

  it('writes the printed page where the user chose, privately', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 postmortem');
    const dir = folder();
    const platform: Platform = {
      ...browserHostPlatform(dir),
      printPageToPdf: async () => pdf,
      chooseExportPath: async (name) => ({ path: join(dir, name), replaceExisting: true }),
    };
    const table = createHandlers({ identity, platform });
    const answer = await dispatch(table, 'files:print-to-pdf', { suggestedName: 'postmortem.pdf' });
    expect(answer).toEqual({
      ok: true,
      value: { supported: true, saved: true, path: join(dir, 'postmortem.pdf') },
    });
    expect(readFileSync(join(dir, 'postmortem.pdf'), 'utf8')).toBe('%PDF-1.7 postmortem');
    expect(statSync(join(dir, 'postmortem.pdf')).mode & 0o777).toBe(0o600);
  });

  it('writes nothing when the user cancels, and refuses a name that is no PDF file', async () => {
    const platform: Platform = {
      ...browserHostPlatform(folder()),
      printPageToPdf: async () => new Uint8Array([1]),
      chooseExportPath: async () => null,
    };
    const table = createHandlers({ identity, platform });
    expect(await dispatch(table, 'files:print-to-pdf', { suggestedName: 'postmortem.pdf' })).toMatchObject({
      ok: true,
      value: { supported: true, saved: false, path: null },
    });
    expect(await dispatch(table, 'files:print-to-pdf', { suggestedName: '../x.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(await dispatch(table, 'files:print-to-pdf', { suggestedName: 'postmortem.md' })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
  });
});
