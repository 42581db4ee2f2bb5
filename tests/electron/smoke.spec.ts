import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import type { WarRoomBridge } from '../../preload/contract';
import { findDesktopBuild, repoRoot } from './desktop-build';

const build = findDesktopBuild();
const skipReason = 'skipReason' in build ? build.skipReason : null;
// Said once, by the runner (workers have TEST_WORKER_INDEX), so the reason shows without a reporter option.
if (skipReason !== null && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Electron smoke test skipped: ${skipReason}`);
}

// The page has no DOM types in this (Node) project: name the globals the test touches.
type Cockpit = { warroom: WarRoomBridge; location: { href: string }; open: (url: string) => unknown };

/** The test's own environment: a throwaway config folder, and never electron-vite's dev server. */
function launchEnvironment(profile: string): Record<string, string> {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
  );
  return { ...Object.fromEntries(inherited), XDG_CONFIG_HOME: profile };
}

test('the desktop app opens the cockpit, answers over the bridge and stays on its own origin', async () => {
  test.skip(skipReason !== null, skipReason ?? '');
  if ('skipReason' in build) return;
  const profile = await mkdtemp(join(tmpdir(), 'war-room-electron-'));
  const app = await _electron.launch({
    executablePath: build.executablePath,
    args: [build.appFolder],
    cwd: repoRoot,
    env: launchEnvironment(profile),
  });
  try {
    const page = await app.firstWindow();

    await test.step('the window shows the app from app://war-room', async () => {
      await expect(page).toHaveURL(/^app:\/\/war-room\//);
    });

    await test.step('app:info answers as the desktop, with the version in package.json', async () => {
      const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
        version: string;
      };
      const answer = await page.evaluate(() => (globalThis as unknown as Cockpit).warroom['app:info']({}));
      expect(answer).toMatchObject({ ok: true, value: { name: 'War Room', version, transport: 'desktop' } });
    });

    await test.step('the page sees neither Node nor a generic IPC door', async () => {
      const exposed = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: Object.keys((globalThis as unknown as Cockpit).warroom).sort(),
      }));
      expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['app:info'] });
    });

    await test.step('leaving for another origin is blocked', async () => {
      await page.evaluate(() => {
        (globalThis as unknown as Cockpit).location.href = 'https://example.com/';
      });
      await page.waitForTimeout(1_000);
      expect(page.url()).toMatch(/^app:\/\/war-room\//);
      const answer = await page.evaluate(() => (globalThis as unknown as Cockpit).warroom['app:info']({}));
      expect(answer.ok).toBe(true);
    });

    await test.step('no new window opens', async () => {
      await page.evaluate(() => {
        (globalThis as unknown as Cockpit).open('https://example.com/');
      });
      await page.waitForTimeout(500);
      expect(app.windows()).toHaveLength(1);
    });
  } finally {
    await app.close();
    await rm(profile, { recursive: true, force: true });
  }
});
