/** The Slack service with the real WebClient against the loopback Slack server: what War Room asks of Slack. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackClient, type BroadcastMetadata } from '../../../../../main/services/slack';
import { DEFAULT_TOKEN, startSlackServer, type SlackServer } from '../../../../fixtures/slack-server';

let server: SlackServer;
const slack = () => createSlackClient({ token: DEFAULT_TOKEN, slackApiUrl: server.url, timeoutMs: 2_000 });
const channelId = (name: string): string => server.state.channels.find((c) => c.name === name)?.id ?? '';
const teams = Array.from({ length: 230 }, (_, i) => ({ name: `team-${String(i).padStart(3, '0')}` }));

beforeAll(async () => {
  server = await startSlackServer({
    rateLimit: false,
    tokens: {
      [DEFAULT_TOKEN]: {
        scopes: ['channels:read', 'channels:manage', 'channels:history', 'chat:write', 'groups:read'],
      },
      'xoxb-post-only': { scopes: ['chat:write'] },
    },
    channels: [
      { name: 'general', topic: 'Company news' },
      { name: 'inc-42' },
      { name: 'inc-42-2' },
      { name: 'old', isArchived: true },
      { name: 'leadership', isPrivate: true },
      ...teams,
      { name: 'inc-99-payments' },
    ],
  });
});
beforeEach(() => server.reset());
afterAll(() => server.close());

describe('verifyToken', () => {
  it('names the workspace and bot, lists the granted scopes and the ones War Room still needs', async () => {
    expect(
      await createSlackClient({ token: 'xoxb-post-only', slackApiUrl: server.url }).verifyToken(),
    ).toEqual({
      teamName: 'War Room Test',
      teamId: 'T0WARROOM1',
      botName: 'warroom',
      botUserId: 'U0WARBOT01',
      url: 'https://warroom-test.slack.com/',
      scopes: ['chat:write'],
      missingScopes: ['channels:read', 'channels:history', 'channels:manage'],
      scopesUnknown: false,
    });
  });
});

describe('listChannels', () => {
  it('pages through open public channels with the cursor Slack gives', async () => {
    const first = await slack().listChannels({ limit: 2 });
    expect(first.channels.map((c) => c.name)).toEqual(['general', 'inc-42']);
    expect(first.channels[0]).toEqual({
      id: channelId('general'),
      name: 'general',
      isPrivate: false,
      isArchived: false,
      isMember: true,
      topic: 'Company news',
      memberCount: 1,
    });
    const second = await slack().listChannels({ limit: 2, cursor: first.nextCursor });
    expect(second.channels.map((c) => c.name)).toEqual(['inc-42-2', 'team-000']);
  });

  it('finds channels by a name fragment across pages, leaving out archived ones', async () => {
    const found = await slack().listChannels({ query: '#inc-', limit: 10 });
    expect(found.channels.map((c) => c.name)).toEqual(['inc-42', 'inc-42-2', 'inc-99-payments']);
    expect(found.nextCursor).toBeUndefined();
  });

  it('includes private channels the bot is in when asked', async () => {
    const found = await slack().listChannels({ query: 'leader', includePrivate: true });
    expect(found.channels).toEqual([expect.objectContaining({ name: 'leadership', isPrivate: true })]);
  });
});

describe('channel upkeep', () => {
  it('creates the channel under its own name when free', async () => {
    expect(await slack().createChannel('inc-43')).toEqual({ id: channelId('inc-43'), name: 'inc-43' });
  });

  it('adds -3 when the name and name-2 are taken', async () => {
    const created = await slack().createChannel('inc-42');
    expect(created.name).toBe('inc-42-3');
    expect(server.state.channels.filter((c) => c.name.startsWith('inc-42'))).toHaveLength(3);
  });

  it('gives up with a payload error naming the names tried once all are taken', async () => {
    for (let made = 0; made < 10; made += 1) await slack().createChannel('inc-7');
    const failure = await slack()
      .createChannel('inc-7')
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'payload',
      failure: { permanent: true, slackError: 'name_taken' },
    });
    expect(String(failure)).toContain('inc-7 to inc-7-10 are all taken');
  });

  it('invites people, sets the topic and archives; repeating an invite or an archive is harmless', async () => {
    const client = slack();
    const { id } = await client.createChannel('inc-50');
    await client.inviteToChannel(id, ['U0ALICE001', 'U0BOB00002']);
    await client.inviteToChannel(id, ['U0ALICE001']);
    await client.setTopic(id, 'SEV-1 · checkout down · IC: Alice');
    await client.archiveChannel(id);
    await client.archiveChannel(id);
    expect(server.state.channels.find((c) => c.id === id)).toMatchObject({
      members: ['U0WARBOT01', 'U0ALICE001', 'U0BOB00002'],
      topic: { value: 'SEV-1 · checkout down · IC: Alice' },
      isArchived: true,
    });
  });
});

describe('posting a broadcast and finding it again', () => {
  const metadata: BroadcastMetadata = {
    event_type: 'warroom_broadcast',
    event_payload: { broadcast_id: '01JB-7', incident: 'INC-42' },
  };
  const blocks = [
    { type: 'section', text: { type: 'mrkdwn', text: '*Status*: investigating &amp; mitigating' } },
  ];

  it('posts text, blocks and metadata exactly as given, and reports the ts', async () => {
    const posted = await slack().postMessage({
      channel: channelId('general'),
      text: 'Status: investigating',
      blocks,
      metadata,
    });
    const stored = server.state.messages.get(channelId('general'));
    expect(stored).toEqual([
      expect.objectContaining({ ts: posted.ts, text: 'Status: investigating', blocks, metadata }),
    ]);
    expect(posted.channel).toBe(channelId('general'));
  });

  it('finds a broadcast by its id among many, paging through history', async () => {
    const client = slack();
    const general = channelId('general');
    const started = Date.now() - 1_000;
    const target = await client.postMessage({ channel: general, text: 'the one', metadata });
    for (let i = 0; i < 230; i += 1) {
      await client.postMessage({
        channel: general,
        text: `other ${i}`,
        metadata: { event_type: 'warroom_broadcast', event_payload: { broadcast_id: `x-${i}` } },
      });
    }
    expect(await client.findMessageByMetadata(general, 'warroom_broadcast', '01JB-7', started)).toEqual({
      channel: general,
      ts: target.ts,
    });
    expect(
      await client.findMessageByMetadata(general, 'warroom_broadcast', 'never-sent', started),
    ).toBeUndefined();
    expect(await client.findMessageByMetadata(general, 'other_event', '01JB-7', started)).toBeUndefined();
    const historyCalls = server.state.requests.filter((r) => r.method === 'conversations.history');
    expect(historyCalls[0]?.params).toMatchObject({ include_all_metadata: 'true', limit: '200' });
  });

  it('does not look before `oldest`', async () => {
    const client = slack();
    await client.postMessage({ channel: channelId('general'), text: 'earlier', metadata });
    expect(
      await client.findMessageByMetadata(
        channelId('general'),
        'warroom_broadcast',
        '01JB-7',
        Date.now() + 60_000,
      ),
    ).toBeUndefined();
  });

  it('links to a posted message', async () => {
    const client = slack();
    const posted = await client.postMessage({ channel: channelId('general'), text: 'hello' });
    expect(await client.getPermalink(posted.channel, posted.ts)).toBe(
      `https://warroom-test.slack.com/archives/${posted.channel}/p${posted.ts.replace('.', '')}`,
    );
  });
});

it('never lets the SDK retry: one request per post, even when it fails', async () => {
  server.inject({ method: 'chat.postMessage', kind: 'http-error', times: 3 });
  await expect(slack().postMessage({ channel: channelId('general'), text: 'x' })).rejects.toMatchObject({
    code: 'ambiguous',
  });
  expect(server.state.requests.filter((r) => r.method === 'chat.postMessage')).toHaveLength(1);
});
