/**
 * A window left open across a restart of War Room's own service: the restarted host has a new launch token and
 * refuses the old page. The window says to reload instead of retrying forever, keeps the queued update, and
 * after the reload sends it exactly once. The host is restarted the way a user restarts `npm run web`: same
 * port (so the page's IndexedDB is the same origin), same data folder (the Slack token survives), new token.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../main/web-host';
import { startSlackServer, type SlackServer } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Cockpit } from './pages/Cockpit';

const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);

let slack: SlackServer;
let dataFolder: string;
let host: WebHost;

test.beforeEach(async () => {
  slack = await startSlackServer({ channels: [{ name: 'exec-updates' }] });
  dataFolder = await mkdtemp(join(tmpdir(), 'war-room-reload-'));
  host = await startWebHost({ port: 0, dataFolder, rendererFolder });
});

test.afterEach(async () => {
  await host.close();
  await slack.close();
  await rm(dataFolder, { recursive: true, force: true });
});

test('a window refused by a restarted host asks to be reloaded, keeps the update, and sends it once after', async ({
  page,
}) => {
  const cockpit = new Cockpit(page, host.url);
  await cockpit.open();
  await cockpit.declare({ title: 'Checkout failing', severity: 'SEV-2', commander: 'Alice' });
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await broadcasts.chooseChannels(['exec-updates']);

  const port = Number(new URL(host.url).port);
  await host.close();
  host = await startWebHost({ port, dataFolder, rendererFolder });

  await broadcasts.openComposer();
  await broadcasts.section('Current status').fill('Failover started');
  await broadcasts.send();
  const notice = broadcasts.panel.getByRole('alert').filter({ hasText: 'Reload it to send' });
  await expect(notice).toContainText('queued updates are kept');
  await expect(
    broadcasts.delivery('exec-updates', 'This window must be reloaded to send: the update is kept'),
  ).toBeVisible();
  expect(slack.state.messages.size).toBe(0);

  await notice.getByRole('button', { name: 'Reload window' }).click();
  await expect(broadcasts.delivery('exec-updates', 'Sent')).toBeVisible({ timeout: 30_000 });
  await expect(notice).toHaveCount(0);
  const channel = slack.state.channels.find((c) => c.name === 'exec-updates');
  const copies = slack.state.messages.get(channel?.id ?? '') ?? [];
  expect(copies).toHaveLength(1);
  expect(copies[0]?.text).toContain('Failover started');
});
