import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { browserHostPlatform } from '../../../main/services/browser-platform';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../main/handlers';

const table = createHandlers({
  identity: { name: 'War Room', version: '1.2.3', dataFolder: '/data', transport: 'browser-host' },
  platform: browserHostPlatform(mkdtempSync(join(tmpdir(), 'war-room-handlers-'))),
});

describe('the handler table', () => {
  it('answers app:info with a parsed value', async () => {
    expect(await dispatch(table, 'app:info', {})).toEqual({
      ok: true,
      value: {
        name: 'War Room',
        version: '1.2.3',
        dataFolder: '/data',
        transport: 'browser-host',
        platform: process.platform,
      },
    });
  });
  it('refuses input the contract does not allow, as an error value', async () => {
    const result = await dispatch(table, 'app:info', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
  it('refuses an unknown method without throwing', async () => {
    expect(await dispatch(table, 'shell:exec', { cmd: 'rm -rf /' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await dispatch(table, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });
});

describe('saving an export', () => {
  it('writes the file privately (0600) where the platform says, and says where', async () => {
    const result = await dispatch(table, 'files:save-export', {
      suggestedName: 'ics-211.csv',
      format: 'csv',
      content: 'a,b\n',
    });
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    const path = result.ok ? (result.value as { path: string }).path : '';
    expect(readFileSync(path, 'utf8')).toBe('a,b\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
  it('refuses a file name that could leave the exports folder', async () => {
    const result = await dispatch(table, 'files:save-export', {
      suggestedName: '../../.bashrc',
      format: 'csv',
      content: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
  it.each(['.', '..', '...'])('refuses %s, which names a folder, as bad input', async (name) => {
    const result = await dispatch(table, 'files:save-export', {
      suggestedName: name,
      format: 'csv',
      content: 'x',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
  it('never replaces an earlier export: the second one is saved beside it as "name (2)"', async () => {
    const save = (content: string) =>
      dispatch(table, 'files:save-export', { suggestedName: 'postmortem.md', format: 'markdown', content });
    const first = await save('first\n');
    const second = await save('second\n');
    const paths = [first, second].map((answer) => (answer.ok ? (answer.value as { path: string }).path : ''));
    expect(paths[1]).toBe(join(dirname(paths[0] ?? ''), 'postmortem (2).md'));
    expect(readFileSync(paths[0] ?? '', 'utf8')).toBe('first\n');
    expect(readFileSync(paths[1] ?? '', 'utf8')).toBe('second\n');
  });
});
