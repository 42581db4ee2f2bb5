import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserHostPlatform } from '../../../../main/services/browser-platform';
import { describe, expect, it } from 'vitest';
import { answerBridgeCall } from '../../../../main/electron/bridge-gate';
import { defaultTrustedOrigins } from '../../../../main/electron/policy';
import { createHandlers } from '../../../../main/handlers';

const table = createHandlers({
  identity: {
    name: 'War Room',
    version: '1.2.3',
    dataFolder: '/home/ic/.config/War Room',
    transport: 'desktop',
  },
  platform: browserHostPlatform(mkdtempSync(join(tmpdir(), 'war-room-handlers-'))),
});

describe('a bridge call over IPC', () => {
  it('from the cockpit page reaches the handler table', async () => {
    const answer = await answerBridgeCall(table, defaultTrustedOrigins, 'app://war-room/', 'app:info', {});
    expect(answer).toEqual({
      ok: true,
      value: {
        name: 'War Room',
        version: '1.2.3',
        dataFolder: '/home/ic/.config/War Room',
        transport: 'desktop',
        platform: process.platform,
      },
    });
  });

  it.each([
    ['another website', 'https://attacker.example/'],
    ['a look-alike host', 'app://war-room.attacker.example/'],
    ['a frame already gone', null],
    ['an unknown sender', undefined],
  ])('from %s is forbidden', async (_name, frameUrl) => {
    const answer = await answerBridgeCall(table, defaultTrustedOrigins, frameUrl, 'app:info', {});
    expect(answer.ok).toBe(false);
    expect(answer.ok ? undefined : answer.error.code).toBe('forbidden');
  });

  it('still parses the input, so bad input from our own page is refused as bad input', async () => {
    const answer = await answerBridgeCall(table, defaultTrustedOrigins, 'app://war-room/', 'app:info', {
      extra: true,
    });
    expect(answer.ok ? undefined : answer.error.code).toBe('bad_input');
  });
});
