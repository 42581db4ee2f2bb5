/**
 * Each trouble says what is true: Slack slow to answer, Slack answering with an error, War Room's own service
 * not answering; and Discard says the update may already be in Slack. Runs its own browser host (a short
 * Slack timeout, so "slow" shows in a second, and a host the test can stop) and its own loopback Slack.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHandlers } from '../../main/handlers';
import { browserHostPlatform } from '../../main/services/browser-platform';
import { startWebHost, type WebHost } from '../../main/web-host';
import { DEFAULT_TOKEN, startSlackServer, type SlackServer } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Cockpit } from './pages/Cockpit';

const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);

const slow = 'Slack is slow to answer: checking the channel before sending again';
const erring = 'Slack answered with an error: checking the channel, then sending again';
const hostDown = 'War Room’s own service is not answering: will be sent when it is back';

let slack: SlackServer;
let host: WebHost;
let hostClosed = false;
let dataFolder: string;

test.beforeEach(async () => {
  slack = await startSlackServer({ channels: [{ name: 'exec-updates' }] });
  dataFolder = await mkdtemp(join(tmpdir(), 'war-room-chips-'));
  host = await startWebHost({
    port: 0,
    dataFolder,
    rendererFolder,
    handlers: (folder) =>
      createHandlers({
        identity: { name: 'War Room', version: '1', dataFolder: folder, transport: 'browser-host' },
        platform: browserHostPlatform(folder),
        slackRequestTimeoutMs: 1_000,
      }),
  });
  hostClosed = false;
});

test.afterEach(async () => {
  if (!hostClosed) await host.close();
  await slack.close();
  await rm(dataFolder, { recursive: true, force: true });
});

async function sendUpdate(broadcasts: Broadcasts, news: string): Promise<void> {
  await broadcasts.openComposer();
  await broadcasts.section('Current status').fill(news);
  await broadcasts.send();
}

test('Slack slow, Slack erring and War Room’s own service down each read differently; Discard warns', async ({
  page,
}) => {
  const cockpit = new Cockpit(page, host.url);
  await cockpit.open();
  await cockpit.declare({ title: 'Checkout failing', severity: 'SEV-2', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url, DEFAULT_TOKEN);
  expect(new Set([slow, erring, hostDown]).size).toBe(3);

  // Slack takes a minute to handle the post: the client gives up after a second, and nothing is in the channel.
  await broadcasts.chooseChannels(['exec-updates']);
  slack.inject({ kind: 'late-store', ms: 60_000, method: 'chat.postMessage' });
  await sendUpdate(broadcasts, 'Failover started');
  const slowLine = broadcasts.delivery('exec-updates', slow);
  await expect(slowLine).toBeVisible();
  // It may still land, so giving up on it says so.
  await slowLine.getByRole('button', { name: 'Discard (it may already be in Slack)' }).click();
  await expect(broadcasts.delivery('exec-updates', 'Discarded')).toBeVisible();

  // Slack answers every post with an HTTP 500.
  slack.inject({ kind: 'http-error', status: 500, method: 'chat.postMessage', times: 1_000 });
  await sendUpdate(broadcasts, 'Failover half done');
  const erringLine = broadcasts.delivery('exec-updates', erring);
  await expect(erringLine).toBeVisible();
  await expect(
    erringLine.getByRole('button', { name: 'Discard (it may already be in Slack)' }),
  ).toBeVisible();

  // War Room's own service stops: the same update now says that, not that Slack is down.
  await host.close();
  hostClosed = true;
  await expect(broadcasts.delivery('exec-updates', hostDown)).toBeVisible({ timeout: 30_000 });
  await expect(
    broadcasts.delivery('exec-updates', hostDown).getByRole('button', { name: /^Discard/ }),
  ).toHaveAccessibleName('Discard (it may already be in Slack)');
});
