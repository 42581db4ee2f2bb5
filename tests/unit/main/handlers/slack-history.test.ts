/**
 * Reading the incident channel's conversation back, through the real handler table, the real WebClient and
 * the loopback Slack server: every page of the history, every thread's replies, links, and the permission
 * named when the Slack app lacks it. The token is in no answer.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type HandlerTable } from '../../../../main/handlers';
import { browserHostPlatform } from '../../../../main/services/browser-platform';
import { contract } from '../../../../preload/contract';
import {
  ALL_BOT_SCOPES,
  DEFAULT_TOKEN,
  startSlackServer,
  type SlackServer,
  type StoredMessage,
} from '../../../fixtures/slack-server';

let server: SlackServer;
let table: HandlerTable;

beforeAll(async () => {
  server = await startSlackServer({
    rateLimit: false,
    tokens: {
      [DEFAULT_TOKEN]: { scopes: ALL_BOT_SCOPES },
      'xoxb-no-history': { scopes: ['chat:write', 'channels:read'] },
    },
    channels: [{ name: 'inc-2026-03-14-checkout', members: ['U0ALICE001', 'U0BOB00002'] }],
  });
});
beforeEach(() => {
  server.reset();
  const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-slack-history-'));
  table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
  });
});
afterAll(() => server.close());

const channel = () => server.state.channels[0]?.id ?? '';
const tsAt = (second: number, micros = 100) => `${1773478800 + second}.${String(micros).padStart(6, '0')}`;

/** Puts messages straight into the server's store, as if people had written them over the last hours. */
function seed(messages: Omit<StoredMessage, 'channel'>[]): void {
  server.state.messages.set(
    channel(),
    messages.map((m) => ({ ...m, channel: channel() })),
  );
}

const history = () => dispatch(table, 'slack:channel-history', { channel: channel() });

describe('slack:channel-history', () => {
  it('reads every page of the history and every page of each thread, oldest first, each message once', async () => {
    await dispatch(table, 'slack:save-token', { token: DEFAULT_TOKEN, apiUrl: server.url });
    const top = Array.from({ length: 450 }, (_, i) => ({
      ts: tsAt(i * 10),
      user: 'U0ALICE001',
      text: `#${i}`,
    }));
    const replies = Array.from({ length: 230 }, (_, i) => ({
      ts: tsAt(5 + i * 10, 200),
      user: 'U0BOB00002',
      text: `re ${i}`,
      threadTs: tsAt(0),
    }));
    seed([...top, ...replies].sort((a, b) => Number(a.ts) - Number(b.ts)));

    const answer = await history();
    if (!answer.ok) throw new Error(answer.error.message);
    const { messages, complete } = contract['slack:channel-history'].output.parse(answer.value);
    expect(complete).toBe(true);
    expect(messages).toHaveLength(680);
    expect(messages.map((m) => m.ts)).toEqual([...top, ...replies].map((m) => m.ts).sort());
    expect(messages[0]).toEqual({
      ts: tsAt(0),
      user: 'U0ALICE001',
      text: '#0',
      pinned: false,
      reactions: [],
      permalink: `https://warroom-test.slack.com/archives/${channel()}/p1773478800000100`,
    });
    expect(messages[1]).toMatchObject({
      ts: tsAt(5, 200),
      threadTs: tsAt(0),
      permalink: `https://warroom-test.slack.com/archives/${channel()}/p1773478805000200?thread_ts=${tsAt(0)}&cid=${channel()}`,
    });
    const calls = server.state.requests.map((r) => r.method);
    expect(calls.filter((m) => m === 'conversations.history')).toHaveLength(3);
    expect(calls.filter((m) => m === 'conversations.replies')).toHaveLength(2);
    expect(JSON.stringify(answer)).not.toContain(DEFAULT_TOKEN);
  });

  it('answers edits, pins and reactions as Slack shows them, and leaves out channel notices', async () => {
    await dispatch(table, 'slack:save-token', { token: DEFAULT_TOKEN, apiUrl: server.url });
    seed([
      { ts: tsAt(1), user: 'U0ALICE001', text: 'joined', subtype: 'channel_join' },
      {
        ts: tsAt(2),
        user: 'U0ALICE001',
        text: 'Root cause: expired cert',
        edited: { user: 'U0ALICE001', ts: tsAt(60) },
        pinned: true,
        reactions: [{ name: 'pushpin', users: ['U0BOB00002'] }],
      },
    ]);
    const answer = await history();
    expect(answer).toMatchObject({
      ok: true,
      value: {
        messages: [
          {
            ts: tsAt(2),
            text: 'Root cause: expired cert',
            edited: { ts: tsAt(60) },
            pinned: true,
            reactions: ['pushpin'],
          },
        ],
      },
    });
  });

  it('names channels:history when the Slack app lacks it', async () => {
    await dispatch(table, 'slack:save-token', { token: 'xoxb-no-history', apiUrl: server.url });
    expect(await history()).toMatchObject({
      ok: false,
      error: { code: 'auth', slackError: 'missing_scope', neededScope: 'channels:history', permanent: true },
    });
  });

  it('says Slack is not connected when no token is saved', async () => {
    expect(await history()).toMatchObject({ ok: false, error: { code: 'auth', slackError: 'not_authed' } });
  });
});
