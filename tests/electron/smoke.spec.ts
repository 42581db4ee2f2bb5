/**
 * The desktop smoke test: the built app in the real Electron binary. Where this machine has no binary or
 * no display the tests report themselves skipped, with the reason, and the run still passes.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { methodNames, type WarRoomBridge } from '../../preload/contract';
import { Cockpit } from '../e2e/pages/Cockpit';
import { findDesktopBuild, repoRoot } from './desktop-build';

const build = findDesktopBuild();
const skipReason = 'skipReason' in build ? build.skipReason : null;
// Said once, by the runner (workers have TEST_WORKER_INDEX), so the reason shows in any reporter.
if (skipReason !== null && process.env.TEST_WORKER_INDEX === undefined) {
  process.stdout.write(`Electron smoke test skipped: ${skipReason}.\n`);
}

// The page has no DOM types in this (Node) project: name the globals the test touches.
type CockpitGlobals = { warroom: WarRoomBridge; location: { href: string }; open: (url: string) => unknown };
const inPage = (): CockpitGlobals => globalThis as unknown as CockpitGlobals;

let profile = '';
test.beforeEach(async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  profile = await mkdtemp(join(tmpdir(), 'war-room-electron-'));
});
test.afterEach(async () => {
  if (profile !== '') await rm(profile, { recursive: true, force: true });
});

/** Launches the built app with its own config folder (`profile`), never electron-vite's dev server. */
async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  if ('skipReason' in build) throw new Error(build.skipReason);
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
  );
  const app = await _electron.launch({
    executablePath: build.executablePath,
    args: [build.appFolder],
    cwd: repoRoot,
    env: { ...Object.fromEntries(inherited), XDG_CONFIG_HOME: profile },
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('button', { name: 'Declare incident' })).toBeVisible();
  return { app, page };
}

/** Resolves when the main process logs `text` (its guards log every refusal). */
function mainLogs(app: ElectronApplication, text: string): Promise<void> {
  return new Promise((resolve) => {
    app.process().stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes(text)) resolve();
    });
  });
}

test('the window opens the cockpit from app://war-room with exactly the contract on window.warroom', async () => {
  const { app, page } = await launch();
  try {
    await expect(page).toHaveURL(/^app:\/\/war-room\//);
    const exposed = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(inPage().warroom).sort(),
    }));
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: [...methodNames].sort() });

    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    const answer = await page.evaluate(() => inPage().warroom['app:info']({}));
    expect(answer).toMatchObject({ ok: true, value: { name: 'War Room', version, transport: 'desktop' } });
  } finally {
    await app.close();
  }
});

test('the cockpit refuses to navigate to another origin or open a new window', async () => {
  const { app, page } = await launch();
  try {
    const navigationBlocked = mainLogs(app, 'blocked navigation away from War Room to https://example.com');
    await page.evaluate(() => {
      inPage().location.href = 'https://example.com/';
    });
    await navigationBlocked;
    expect(page.url()).toMatch(/^app:\/\/war-room\//);

    const windowBlocked = mainLogs(app, 'blocked a new window for https://example.com');
    await page.evaluate(() => {
      inPage().open('https://example.com/');
    });
    await windowBlocked;
    expect(app.windows()).toHaveLength(1);
    // Still the cockpit, still answering over the bridge.
    expect(await page.evaluate(() => inPage().warroom['app:info']({}))).toMatchObject({ ok: true });
  } finally {
    await app.close();
  }
});

test('a declared incident is still there after War Room is closed and opened again', async () => {
  const first = await launch();
  try {
    await new Cockpit(first.page, '').declare({ title: 'Storage outage', commander: 'Alice' });
    await expect(
      first.page.getByRole('banner').getByRole('heading', { name: 'Storage outage' }),
    ).toBeVisible();
  } finally {
    await first.app.close();
  }

  const second = await launch();
  try {
    await expect(
      second.page.getByRole('banner').getByRole('heading', { name: 'Storage outage' }),
    ).toBeVisible();
  } finally {
    await second.app.close();
  }
});
