/**
 * Every failure War Room can meet from Slack, produced for real by the loopback server and read through the
 * real WebClient, mapped to our codes. The outbox relies on these: `ambiguous` means "look before re-sending".
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackClient, type SlackFailure } from '../../../../../main/services/slack';
import { DEFAULT_TOKEN, startSlackServer, type SlackServer } from '../../../../fixtures/slack-server';

let server: SlackServer;
const slack = (token = DEFAULT_TOKEN, timeoutMs = 2_000) =>
  createSlackClient({ token, slackApiUrl: server.url, timeoutMs });
const metadata = { event_type: 'warroom_broadcast', event_payload: { broadcast_id: 'b-1' } };
const generalId = (): string => server.state.channels[0]?.id ?? '';
const postTo = (channel: string, extra: Record<string, unknown> = {}) =>
  slack().postMessage({ channel, text: 'Status: investigating', metadata, ...extra });

/** The failure a call threw, so its fields can be compared whole. */
async function failureOf(call: Promise<unknown>): Promise<SlackFailure> {
  try {
    await call;
  } catch (error) {
    if (error && typeof error === 'object' && 'failure' in error) return error.failure as SlackFailure;
    throw error;
  }
  throw new Error('the call succeeded');
}

beforeAll(async () => {
  server = await startSlackServer({
    tokens: {
      [DEFAULT_TOKEN]: { scopes: ['channels:read', 'channels:manage', 'channels:history', 'chat:write'] },
      'xoxb-read-only': { scopes: ['channels:read'] },
      'xoxb-revoked': { scopes: ['chat:write'], status: 'revoked' },
    },
    channels: [
      { name: 'general' },
      { name: 'sre' },
      { name: 'old', isArchived: true },
      { name: 'outside', botIsMember: false },
    ],
  });
});
beforeEach(() => server.reset());
afterAll(() => server.close());

describe('auth', () => {
  it('a wrong token: auth, permanent, says to paste a valid token', async () => {
    expect(await failureOf(slack('xoxb-wrong').verifyToken())).toMatchObject({
      code: 'auth',
      permanent: true,
      slackError: 'invalid_auth',
      message: expect.stringContaining('Paste a valid bot token'),
    });
  });

  it('a revoked token: auth, token_revoked', async () => {
    expect(
      await failureOf(slack('xoxb-revoked').postMessage({ channel: 'general', text: 'x' })),
    ).toMatchObject({
      code: 'auth',
      slackError: 'token_revoked',
    });
  });

  it('a missing scope: auth, naming the scope to add', async () => {
    const failure = await failureOf(slack('xoxb-read-only').postMessage({ channel: 'general', text: 'x' }));
    expect(failure).toMatchObject({
      code: 'auth',
      permanent: true,
      slackError: 'missing_scope',
      neededScope: 'chat:write',
    });
    expect(failure.message).toContain('add chat:write to the app');
  });

  it('a deactivated app (account_inactive): auth', async () => {
    server.inject({ kind: 'slack-error', error: 'account_inactive' });
    expect(await failureOf(slack().verifyToken())).toMatchObject({
      code: 'auth',
      slackError: 'account_inactive',
    });
  });
});

describe('channel', () => {
  it.each([
    ['C0NOSUCH01', 'channel_not_found'],
    ['outside', 'not_in_channel'],
    ['old', 'is_archived'],
  ])('posting to %s: channel, permanent, %s', async (channel, slackError) => {
    expect(await failureOf(postTo(channel))).toMatchObject({ code: 'channel', permanent: true, slackError });
  });
});

describe('payload', () => {
  it.each([
    [{ text: 'x', blocks: [{ type: 'section' }] }, 'invalid_blocks'],
    [{ text: 'x'.repeat(40_001) }, 'msg_too_long'],
    [{ text: '' }, 'no_text'],
  ])('%#: payload, permanent, %s, nothing stored', async (extra, slackError) => {
    expect(await failureOf(postTo('general', extra))).toMatchObject({
      code: 'payload',
      permanent: true,
      slackError,
    });
    expect(server.state.messages.size).toBe(0);
  });

  it('invalid_arguments: payload', async () => {
    server.inject({ kind: 'slack-error', error: 'invalid_arguments' });
    expect(await failureOf(postTo('general'))).toMatchObject({
      code: 'payload',
      slackError: 'invalid_arguments',
    });
  });
});

describe('rate_limited', () => {
  it('a real 429 from posting twice within a second: rate_limited with Retry-After, second message not stored', async () => {
    await postTo('general');
    expect(await failureOf(postTo('general'))).toMatchObject({
      code: 'rate_limited',
      permanent: false,
      retryAfterSeconds: 1,
    });
    expect(server.state.messages.get(server.state.channels[0]?.id ?? '')).toHaveLength(1);
  });

  it('a 429 burst carries the Retry-After Slack gave', async () => {
    server.inject({ kind: 'rate-limit', retryAfter: 30, times: 2 });
    expect(await failureOf(slack().listChannels())).toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 30,
    });
    expect((await failureOf(postTo('general'))).message).toContain('in 30 s');
  });
});

describe('transient and ambiguous', () => {
  it('connection refused: transient for a post, since nothing left this machine', async () => {
    const gone = await startSlackServer();
    const url = gone.url;
    await gone.close();
    const client = createSlackClient({ token: DEFAULT_TOKEN, slackApiUrl: url, timeoutMs: 2_000 });
    expect(await failureOf(client.postMessage({ channel: 'general', text: 'x' }))).toMatchObject({
      code: 'transient',
      permanent: false,
    });
  });

  it('lost response after the message was stored: ambiguous, and the message is there to be found', async () => {
    server.inject({ method: 'chat.postMessage', kind: 'drop-after-store' });
    const started = Date.now() - 1_000;
    const failure = await failureOf(postTo('general'));
    expect(failure).toMatchObject({ code: 'ambiguous', permanent: false });
    expect(failure.message).toContain('may or may not');
    const found = await slack().findMessageByMetadata(generalId(), 'warroom_broadcast', 'b-1', started);
    expect(found?.ts).toBe(server.state.messages.get(server.state.channels[0]?.id ?? '')?.[0]?.ts);
  });

  it('connection cut before handling: also ambiguous (we cannot tell), and history shows it was not stored', async () => {
    server.inject({ method: 'chat.postMessage', kind: 'drop-before-store' });
    expect((await failureOf(postTo('general'))).code).toBe('ambiguous');
    expect(await slack().findMessageByMetadata(generalId(), 'warroom_broadcast', 'b-1', 0)).toBeUndefined();
  });

  it('a timeout on a post: ambiguous; the slow answer stored it', async () => {
    server.inject({ method: 'chat.postMessage', kind: 'delay', ms: 1_000 });
    expect(
      (await failureOf(slack(DEFAULT_TOKEN, 200).postMessage({ channel: 'general', text: 'slow' }))).code,
    ).toBe('ambiguous');
    expect(server.state.messages.size).toBe(1);
  });

  it('a timeout on a read: transient', async () => {
    server.inject({ method: 'conversations.list', kind: 'delay', ms: 1_000 });
    expect(await failureOf(slack(DEFAULT_TOKEN, 200).listChannels())).toMatchObject({
      code: 'transient',
      permanent: false,
    });
  });

  it('HTTP 500 on a post: ambiguous (Slack may have stored it); on a read: transient', async () => {
    server.inject({ method: 'chat.postMessage', kind: 'http-error', status: 500 });
    server.inject({ method: 'conversations.list', kind: 'http-error', status: 503 });
    expect(await failureOf(postTo('general'))).toMatchObject({ code: 'ambiguous', slackError: 'http_500' });
    expect(await failureOf(slack().listChannels())).toMatchObject({ code: 'transient', permanent: false });
  });

  it('Slack’s internal_error on a post: ambiguous (its docs say part may have succeeded)', async () => {
    server.inject({ kind: 'slack-error', error: 'internal_error' });
    expect((await failureOf(postTo('general'))).code).toBe('ambiguous');
  });

  it('an unanswered create is ambiguous; creating again takes the next name, as the first one went through', async () => {
    server.inject({ method: 'conversations.create', kind: 'drop-after-store' });
    expect((await failureOf(slack().createChannel('inc-9'))).code).toBe('ambiguous');
    expect((await slack().createChannel('inc-9')).name).toBe('inc-9-2');
  });
});
