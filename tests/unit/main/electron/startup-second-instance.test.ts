/**
 * A second launch of War Room while the first runs: the built main bundle, with the recording stand-in
 * for `electron` refusing the single-instance lock, quits at once. It opens no window, serves no IPC
 * channel, and never waits for `ready` (the running cockpit comes to the front instead).
 */
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it, vi } from 'vitest';
import { buildMainBundle } from './main-bundle';

const standIn = await vi.hoisted(async () => {
  const { createElectronStandIn } = await import('./electron-stand-in');
  return createElectronStandIn({ lockTaken: false });
});
vi.mock('electron', () => standIn.electron);

const bundle = await buildMainBundle('second-instance');
afterAll(() => bundle.remove());

it('quits without opening a window or serving the bridge when another War Room holds the lock', async () => {
  await import(pathToFileURL(bundle.entry).href);
  standIn.becomeReady();
  expect(standIn.journal).toContain('app.quit');
  await vi.waitFor(() => expect(standIn.journal.at(-1)).toBe('ready'));
  expect(standIn.journal).not.toContain('new BrowserWindow');
  expect(standIn.journal.filter((entry) => entry.startsWith('ipcMain.handle'))).toEqual([]);
  expect(standIn.journal.indexOf('app.quit')).toBeGreaterThan(
    standIn.journal.indexOf('app.requestSingleInstanceLock'),
  );
});
