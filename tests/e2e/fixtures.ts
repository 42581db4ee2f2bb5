import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { startWebHost, type WebHost } from '../../main/web-host';
import {
  ALL_BOT_SCOPES,
  DEFAULT_TOKEN,
  startSlackServer,
  type SlackServer,
  type SlackServerOptions,
} from '../fixtures/slack-server';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { Cockpit } from './pages/Cockpit';

// WARROOM_RENDERER_DIR lets a developer test a renderer built elsewhere (e.g. `vite build --outDir`)
// while another build is under way; npm test uses the default.
const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);

type WorkerFixtures = { webHost: WebHost; slackServer: LoopbackSlack };
type TestFixtures = { cockpit: Cockpit; relaunchable: Relaunchable; slack: LoopbackSlack };

/** The loopback Slack server, which a test may stop and start again on the same port (Slack unreachable). */
export type LoopbackSlack = {
  server: SlackServer;
  url: string;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
};

/** The workspace the broadcast tests see: channels the bot is in, one it is not, and people to invite. */
const slackWorkspace: SlackServerOptions = {
  channels: [
    { name: 'exec-updates', topic: 'Leadership updates' },
    { name: 'support' },
    { name: 'general' },
    { name: 'not-joined', botIsMember: false },
  ],
  tokens: {
    [DEFAULT_TOKEN]: { scopes: ALL_BOT_SCOPES },
    'xoxb-post-only': { scopes: ['chat:write'] },
  },
};

async function loopbackSlack(): Promise<LoopbackSlack> {
  const handle: LoopbackSlack = {
    server: await startSlackServer(slackWorkspace),
    url: '',
    stop: () => handle.server.close(),
    restart: async () => {
      handle.server = await startSlackServer({ ...slackWorkspace, port: handle.server.port });
    },
  };
  handle.url = handle.server.url;
  return handle;
}

/** A browser with an on-disk profile that a test can close and start again, as a user restarting the app. */
export type Relaunchable = { launch: () => Promise<BrowserContext>; profile: string };

/** The real browser host, serving the built renderer and the real handler table, one per worker. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  webHost: [
    async ({}, use) => {
      if (!existsSync(join(rendererFolder, 'index.html'))) {
        throw new Error('The renderer is not built: run `npm run build:web` first (npm test does).');
      }
      const dataFolder = await mkdtemp(join(tmpdir(), 'war-room-e2e-data-'));
      const host = await startWebHost({ port: 0, dataFolder, rendererFolder });
      await use(host);
      await host.close();
      await rm(dataFolder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  slackServer: [
    async ({}, use) => {
      const slack = await loopbackSlack();
      await use(slack);
      await slack.server.close();
    },
    { scope: 'worker' },
  ],
  /** The loopback Slack server, emptied, with the browser host not connected to it yet. */
  slack: async ({ slackServer, webHost }, use) => {
    slackServer.server.reset();
    await fetch(`${webHost.url}rpc/slack:forget-token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-warroom-token': webHost.token,
        origin: webHost.origin,
      },
      body: '{}',
    });
    await use(slackServer);
  },
  cockpit: async ({ page, webHost }, use) => {
    // A listener turns on Playwright's file chooser interception for the whole test. Turned on only by
    // waitForEvent just before the Enter that opens a chooser, it was at times not on yet when the
    // chooser opened, which then went to the headless browser and the test waited for nothing.
    page.on('filechooser', () => undefined);
    await use(new Cockpit(page, webHost.url));
  },
  relaunchable: async ({}, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'war-room-profile-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        args: chromiumArgs,
        viewport: { width: 1400, height: 900 },
        locale: 'en-US',
        timezoneId: 'UTC',
      });
    await use({ launch, profile });
    await rm(profile, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
