import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext } from '@playwright/test';
import { startWebHost, type WebHost } from '../../main/web-host';
import { chromiumArgs, chromiumPath } from './chromium';
import { Cockpit } from './pages/Cockpit';

const rendererFolder = resolve(import.meta.dirname, '../../dist/renderer');

type WorkerFixtures = { webHost: WebHost };
type TestFixtures = { cockpit: Cockpit; relaunchable: Relaunchable };

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
  cockpit: async ({ page, webHost }, use) => {
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
