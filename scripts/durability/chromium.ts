/**
 * Chromium started by hand on a persistent profile, so the harness knows its process group and can
 * SIGKILL the whole browser (renderer, GPU and storage processes too), as a power cut or the OOM killer
 * would. Playwright's launchPersistentContext hides the pid; connectOverCDP to our own process does not.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../chromium';

export type RunningChromium = {
  browser: Browser;
  process: ChildProcess;
  /** SIGKILL to the whole process group: nothing gets to flush or say goodbye. */
  kill: () => Promise<void>;
  /** The way a user quits: Chromium shuts down and writes what it holds. */
  close: () => Promise<void>;
};

/** Reads Chromium's "DevTools listening on ws://…" line: the port is chosen by Chromium (port 0). */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools address:\n${seen}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it listened:\n${seen}`));
    });
  });
}

export async function launchChromium(profile: string): Promise<RunningChromium> {
  const child = spawn(
    chromiumPath(),
    [
      ...chromiumArgs,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--window-size=1400,900',
      '--lang=en-US',
      'about:blank',
    ],
    // Its own process group, so one kill reaches every Chromium process and nothing else.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: 'UTC' } },
  );
  const endpoint = await devToolsEndpoint(child);
  const browser = await chromium.connectOverCDP(endpoint);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const kill = async () => {
    const pid = child.pid;
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone: nothing left to kill.
      }
    }
    await exited;
  };
  const close = async () => {
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => undefined);
    await exited;
  };
  return { browser, process: child, kill, close };
}
