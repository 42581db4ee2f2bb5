/**
 * A drill cannot post to a channel that is not the drill channel, whatever the settings: through the real
 * handler table, the real WebClient and the loopback Slack server, which must receive nothing refused.
 */
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

let server: SlackServer;
let table: HandlerTable;

beforeAll(async () => {
  server = await startSlackServer({
    rateLimit: false,
    tokens: { [DEFAULT_TOKEN]: { scopes: ALL_BOT_SCOPES } },
    channels: [{ name: 'exec-updates' }, { name: 'drills' }, { name: 'general' }],
  });
});
beforeEach(async () => {
  server.reset();
  const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-slack-drill-'));
  table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
  });
  expect(
    await dispatch(table, 'slack:save-token', { token: DEFAULT_TOKEN, apiUrl: server.url }),
  ).toMatchObject({
    ok: true,
  });
});
afterAll(() => server.close());

const channelId = (name: string) => server.state.channels.find((c) => c.name === name)?.id ?? '';
const received = (name: string) => server.state.messages.get(channelId(name)) ?? [];
const post = (channel: string, drill: boolean, text = '[DRILL] SEV-2 · Checkout slow') =>
  dispatch(table, 'slack:post-message', {
    channel,
    drill,
    text,
    blocks: [],
    metadata: { event_type: 'warroom_broadcast', event_payload: { broadcast_id: 'B-drill' } },
  });
const setDrillChannel = (name: string | null) =>
  dispatch(table, 'slack:set-drill-channel', {
    channel: name === null ? null : { id: channelId(name), name },
  });

describe('a drill’s update in main', () => {
  it('is refused to a stakeholder channel when no drill channel is set, and Slack receives nothing', async () => {
    const answer = await post(channelId('exec-updates'), true);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'forbidden', permanent: true, slackError: 'drill_sandbox' },
    });
    expect(received('exec-updates')).toEqual([]);
  });

  it('is refused to every channel but the drill channel, and reaches the drill channel', async () => {
    expect(await setDrillChannel('drills')).toEqual({
      ok: true,
      value: { drillChannel: { id: channelId('drills'), name: 'drills' } },
    });
    for (const other of ['exec-updates', 'general']) {
      const answer = await post(channelId(other), true);
      expect(answer).toMatchObject({ ok: false, error: { slackError: 'drill_sandbox' } });
      expect(answer.ok ? '' : answer.error.message).toContain('#drills');
      expect(received(other)).toEqual([]);
    }
    expect(await post(channelId('drills'), true)).toMatchObject({ ok: true });
    expect(received('drills').map((m) => m.text)).toEqual(['[DRILL] SEV-2 · Checkout slow']);
  });

  it('is refused when it says it is not a drill but carries the [DRILL] marker', async () => {
    await setDrillChannel('drills');
    expect(await post(channelId('exec-updates'), false)).toMatchObject({ ok: false });
    expect(received('exec-updates')).toEqual([]);
  });

  it('is refused without the marker, even to the drill channel', async () => {
    await setDrillChannel('drills');
    expect(await post(channelId('drills'), true, 'SEV-2 · Checkout slow')).toMatchObject({ ok: false });
    expect(received('drills')).toEqual([]);
  });

  it('is refused again once the drill channel is cleared, and status says which channel is set', async () => {
    await setDrillChannel('drills');
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({
      ok: true,
      value: { drillChannel: { name: 'drills' } },
    });
    await setDrillChannel(null);
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({
      ok: true,
      value: { drillChannel: null },
    });
    expect(await post(channelId('drills'), true)).toMatchObject({ ok: false });
    expect(received('drills')).toEqual([]);
  });
});

describe('a real incident’s update in main', () => {
  it('still goes to its stakeholder channel with a drill channel set', async () => {
    await setDrillChannel('drills');
    expect(await post(channelId('exec-updates'), false, 'SEV-1 · Checkout down')).toMatchObject({ ok: true });
    expect(received('exec-updates')).toHaveLength(1);
  });
});
