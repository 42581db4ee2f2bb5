/** Connecting Slack through the real handler table, the real WebClient and the loopback Slack server. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type HandlerTable } from '../../../../main/handlers';
import { browserHostPlatform } from '../../../../main/services/browser-platform';
import {
  ALL_BOT_SCOPES,
  DEFAULT_TOKEN,
  startSlackServer,
  type SlackServer,
} from '../../../fixtures/slack-server';

const behindProxy = 'xoxb-behind-a-proxy';
let server: SlackServer;
let table: HandlerTable;

beforeAll(async () => {
  server = await startSlackServer({
    rateLimit: false,
    tokens: {
      [DEFAULT_TOKEN]: { scopes: ALL_BOT_SCOPES },
      [behindProxy]: { scopes: ['chat:write'], reportsScopes: false },
    },
  });
});
beforeEach(() => {
  server.reset();
  const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-slack-connect-'));
  table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
  });
});
afterAll(() => server.close());

const connect = (token: string) => dispatch(table, 'slack:save-token', { token, apiUrl: server.url });

describe('the pasted token', () => {
  it('is trimmed of a trailing newline and spaces before Slack sees it', async () => {
    expect(await connect(`  ${DEFAULT_TOKEN}\n`)).toMatchObject({
      ok: true,
      value: { teamName: 'War Room Test' },
    });
    expect(server.state.requests.map((r) => r.token)).toEqual([DEFAULT_TOKEN]);
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({ ok: true, value: { connected: true } });
  });

  it('is refused as bad input, never sent to Slack, when it cannot be a bot token', async () => {
    for (const token of [`${DEFAULT_TOKEN}"`, 'xapp-1-A0123-4567-abcdef', 'xoxb-warroom\n-test-token']) {
      expect(await connect(token)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    }
    expect(server.state.requests).toEqual([]);
  });
});

describe('the permissions Slack reports', () => {
  it('are unknown, and none called missing, when Slack sends no X-OAuth-Scopes header', async () => {
    expect(await connect(behindProxy)).toMatchObject({
      ok: true,
      value: { missingScopes: [], scopesUnknown: true },
    });
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({
      ok: true,
      value: { workspace: { missingScopes: [], scopesUnknown: true } },
    });
  });

  it('are known when Slack names them', async () => {
    const answer = await connect(DEFAULT_TOKEN);
    expect(answer).toMatchObject({ ok: true, value: { missingScopes: [] } });
    expect(answer.ok && answer.value).not.toHaveProperty('scopesUnknown');
  });
});
