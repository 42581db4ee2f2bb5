/** The Slack methods through the real handler table, the real WebClient and the loopback Slack server. */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

let server: SlackServer;
let table: HandlerTable;
let dataFolder: string;

beforeAll(async () => {
  server = await startSlackServer({
    rateLimit: false,
    tokens: {
      [DEFAULT_TOKEN]: { scopes: ALL_BOT_SCOPES },
      'xoxb-post-only': { scopes: ['chat:write'] },
    },
    channels: [{ name: 'general' }, { name: 'exec-updates' }, { name: 'support' }],
  });
});
beforeEach(() => {
  server.reset();
  dataFolder = mkdtempSync(join(tmpdir(), 'war-room-slack-handlers-'));
  table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
  });
});
afterAll(() => server.close());

const connect = (token = DEFAULT_TOKEN) => dispatch(table, 'slack:save-token', { token, apiUrl: server.url });
const channelId = (name: string) => server.state.channels.find((c) => c.name === name)?.id ?? '';

describe('connecting Slack', () => {
  it('verifies the token, names workspace and bot, and keeps the token in a 0600 file only', async () => {
    expect(await connect()).toEqual({
      ok: true,
      value: {
        teamName: 'War Room Test',
        teamId: 'T0WARROOM1',
        botName: 'warroom',
        botUserId: 'U0WARBOT01',
        url: 'https://warroom-test.slack.com/',
        missingScopes: [],
        apiUrl: server.url,
      },
    });
    const status = await dispatch(table, 'slack:status', {});
    expect(status).toMatchObject({ ok: true, value: { connected: true, protection: 'file' } });
    expect(JSON.stringify(status)).not.toContain(DEFAULT_TOKEN);
    const secretsFile = join(dataFolder, 'secrets', 'secrets.json');
    expect(readFileSync(secretsFile, 'utf8')).toContain(DEFAULT_TOKEN);
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataFolder, 'slack-settings.json'), 'utf8')).not.toContain(DEFAULT_TOKEN);
  });

  it('reports the missing permissions by name', async () => {
    const result = await connect('xoxb-post-only');
    expect(result).toMatchObject({
      ok: true,
      value: { missingScopes: ['channels:read', 'channels:history', 'channels:manage'] },
    });
  });

  it('refuses a token Slack does not know, and saves nothing', async () => {
    expect(await connect('xoxb-not-a-real-token')).toMatchObject({
      ok: false,
      error: { code: 'auth', slackError: 'invalid_auth', permanent: true },
    });
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({
      ok: true,
      value: { connected: false },
    });
    expect(readdirSync(dataFolder)).not.toContain('secrets');
  });

  it('refuses plain http to another machine before the token goes anywhere', async () => {
    const result = await dispatch(table, 'slack:save-token', {
      token: DEFAULT_TOKEN,
      apiUrl: 'http://slack.example.com/api/',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(server.state.requests).toHaveLength(0);
  });

  it('disconnecting deletes the token; later calls say Slack is not connected', async () => {
    await connect();
    expect(await dispatch(table, 'slack:forget-token', {})).toEqual({ ok: true, value: { forgotten: true } });
    expect(readFileSync(join(dataFolder, 'secrets', 'secrets.json'), 'utf8')).not.toContain(DEFAULT_TOKEN);
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({
      ok: true,
      value: { connected: false, apiUrl: server.url, workspace: null },
    });
    expect(await dispatch(table, 'slack:list-channels', {})).toMatchObject({
      ok: false,
      error: { code: 'auth', slackError: 'not_authed' },
    });
  });
});

describe('channels and broadcasts', () => {
  beforeEach(async () => {
    await connect();
  });

  it('lists channels by name fragment', async () => {
    const result = await dispatch(table, 'slack:list-channels', { query: 'exec' });
    expect(result).toMatchObject({ ok: true, value: { channels: [{ name: 'exec-updates' }] } });
  });

  it('creates the incident channel with a suffix when the name is taken, invites, sets the topic, archives', async () => {
    const first = await dispatch(table, 'slack:create-channel', { name: 'inc-2026-11-24-db' });
    const second = await dispatch(table, 'slack:create-channel', { name: 'inc-2026-11-24-db' });
    expect(second).toMatchObject({ ok: true, value: { name: 'inc-2026-11-24-db-2' } });
    const id = first.ok ? (first.value as { id: string }).id : '';
    expect(await dispatch(table, 'slack:invite', { channel: id, userIds: ['U0ALICE001'] })).toEqual({
      ok: true,
      value: { invited: 1 },
    });
    await dispatch(table, 'slack:set-topic', { channel: id, topic: 'SEV-1 | Investigating' });
    const channel = server.state.channels.find((c) => c.id === id);
    expect(channel?.members).toContain('U0ALICE001');
    expect(channel?.topic.value).toBe('SEV-1 | Investigating');
    expect(await dispatch(table, 'slack:archive-channel', { channel: id })).toEqual({
      ok: true,
      value: { archived: true },
    });
    expect(server.state.channels.find((c) => c.id === id)?.isArchived).toBe(true);
  });

  it('posts with metadata, finds the message again by broadcast id, and links to it', async () => {
    const channel = channelId('general');
    const metadata = { event_type: 'warroom_broadcast', event_payload: { broadcast_id: 'B-1' } };
    const posted = await dispatch(table, 'slack:post-message', {
      channel,
      drill: false,
      text: 'All good',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'All good' } }],
      metadata,
    });
    expect(posted).toMatchObject({ ok: true, value: { channel } });
    const ts = posted.ok ? (posted.value as { ts: string }).ts : '';
    const find = (broadcastId: string) =>
      dispatch(table, 'slack:find-message', {
        channel,
        eventType: 'warroom_broadcast',
        broadcastId,
        oldest: Date.now() - 60_000,
      });
    expect(await find('B-1')).toEqual({ ok: true, value: { found: { channel, ts }, copies: [ts] } });
    expect(await find('B-2')).toEqual({ ok: true, value: { found: null, copies: [] } });
    expect(await dispatch(table, 'slack:get-permalink', { channel, ts })).toMatchObject({
      ok: true,
      value: { permalink: expect.stringContaining('https://') },
    });
  });

  it('finds every copy of a broadcast, and removes the one War Room posted twice', async () => {
    const channel = channelId('general');
    const metadata = { event_type: 'warroom_broadcast', event_payload: { broadcast_id: 'B-twice' } };
    const post = async () => {
      const posted = await dispatch(table, 'slack:post-message', {
        channel,
        drill: false,
        text: 'Twice',
        blocks: [],
        metadata,
      });
      return posted.ok ? (posted.value as { ts: string }).ts : '';
    };
    const first = await post();
    const second = await post();
    const find = () =>
      dispatch(table, 'slack:find-message', {
        channel,
        eventType: 'warroom_broadcast',
        broadcastId: 'B-twice',
        oldest: Date.now() - 60_000,
      });
    expect(await find()).toEqual({
      ok: true,
      value: { found: { channel, ts: first }, copies: [first, second] },
    });
    expect(await dispatch(table, 'slack:delete-message', { channel, ts: second })).toEqual({
      ok: true,
      value: { deleted: true },
    });
    expect(await find()).toEqual({ ok: true, value: { found: { channel, ts: first }, copies: [first] } });
    // Deleting again (a repeated check after a crash) is not an error.
    expect(await dispatch(table, 'slack:delete-message', { channel, ts: second })).toMatchObject({
      ok: true,
    });
  });

  it('answers Slack refusals with their code, whether retrying helps, and Retry-After', async () => {
    const post = () =>
      dispatch(table, 'slack:post-message', {
        channel: channelId('support'),
        drill: false,
        text: 'x',
        blocks: [],
        metadata: { event_type: 'warroom_broadcast', event_payload: { broadcast_id: 'B-9' } },
      });
    server.inject({ kind: 'slack-error', error: 'not_in_channel', method: 'chat.postMessage' });
    expect(await post()).toMatchObject({
      ok: false,
      error: { code: 'channel', slackError: 'not_in_channel', permanent: true },
    });
    server.inject({ kind: 'rate-limit', retryAfter: 7, method: 'chat.postMessage' });
    expect(await post()).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterSeconds: 7, permanent: false },
    });
    server.inject({ kind: 'drop-after-store', method: 'chat.postMessage' });
    expect(await post()).toMatchObject({ ok: false, error: { code: 'ambiguous', permanent: false } });
  });
});
