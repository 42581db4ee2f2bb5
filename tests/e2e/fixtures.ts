import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  test as base,
  chromium,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
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

type WorkerFixtures = { webHost: WebHost; slackServer: LoopbackSlack; seeds: Seeds };
type TestFixtures = {
  cockpit: Cockpit;
  relaunchable: Relaunchable;
  slack: LoopbackSlack;
  setup: Setup | undefined;
};

/**
 * What a test starts from when its subject is not how it got there: an incident the IC declared (and
 * perhaps people checked in, tasks made) through the UI at `at`. It is built once per worker, in a
 * profile of its own, and every test that uses it gets a fresh profile holding a copy of that
 * database (Playwright's storageState with IndexedDB), so no test ever sees another test's data.
 */
export type Setup = {
  /** Names the setup in the worker's cache: two setups must not share a name. */
  name: string;
  /** Where the page clock starts while the setup is built. */
  at: Date;
  /** Drives the real cockpit; it must end on something on screen that proves its last write landed. */
  build: (page: Page, cockpit: Cockpit) => Promise<void>;
};

type Seed = { state: StorageState; endedAt: number };
type Seeds = { get: (setup: Setup) => Promise<Seed> };
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The context options every test's own context gets from the config, for a context made by hand. */
const contextOptions = { viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'UTC' };

async function buildSeed(browser: Browser, url: string, setup: Setup): Promise<Seed> {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    page.on('filechooser', () => undefined);
    await page.clock.install({ time: setup.at });
    const cockpit = new Cockpit(page, url);
    await cockpit.open();
    await setup.build(page, cockpit);
    // Lines and cards show before their write lands (marked “saving…”); the copy must hold every write.
    await expect(page.getByText('saving…')).toHaveCount(0);
    // The test's clock starts where this one stopped, so nothing it records is dated before the setup.
    const endedAt = await page.evaluate(() => Date.now());
    return { state: await context.storageState({ indexedDB: true }), endedAt };
  } finally {
    await context.close();
  }
}

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
  seeds: [
    async ({ browser, webHost }, use) => {
      const built = new Map<string, Promise<Seed>>();
      await use({
        get: (setup) => {
          let seed = built.get(setup.name);
          if (seed === undefined) {
            seed = buildSeed(browser, webHost.url, setup);
            built.set(setup.name, seed);
          }
          return seed;
        },
      });
    },
    { scope: 'worker' },
  ],
  setup: [undefined, { option: true }],
  storageState: async ({ setup, seeds }, use) => {
    await use(setup === undefined ? undefined : (await seeds.get(setup)).state);
  },
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
  cockpit: async ({ page, webHost, setup, seeds }, use) => {
    if (setup !== undefined) await page.clock.install({ time: (await seeds.get(setup)).endedAt });
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
