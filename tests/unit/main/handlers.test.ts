import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../main/handlers';

const table = createHandlers({
  identity: { name: 'War Room', version: '1.2.3', dataFolder: '/data', transport: 'browser-host' },
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
