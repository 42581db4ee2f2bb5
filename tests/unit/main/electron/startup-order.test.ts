/**
 * The desktop shell's startup, checked on the built main bundle: electron-vite builds main/electron/
 * exactly as `npm start` does, and the bundle is loaded with a recording stand-in for `electron` (the
 * binary cannot run here). The journal of calls must keep Electron's order: privileged schemes, the
 * sandbox and the single-instance lock before `ready`; the protocol, the session's permission handlers,
 * the IPC channels and then the window after it. Reordering the shell fails this test.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../../preload/contract';
import { buildMainBundle } from './main-bundle';
import { StandInContents } from './electron-stand-in';

const standIn = await vi.hoisted(async () => {
  const { createElectronStandIn } = await import('./electron-stand-in');
  return createElectronStandIn();
});
vi.mock('electron', () => standIn.electron);

const { journal } = standIn;
const at = (entry: string) => {
  const index = journal.indexOf(entry);
  expect(index, `${entry} happened`).toBeGreaterThanOrEqual(0);
  return index;
};
const channelsRegistered = () => journal.filter((entry) => entry.startsWith('ipcMain.handle '));

let removeBundle: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  delete process.env.ELECTRON_RENDERER_URL;
  const bundle = await buildMainBundle('startup-order');
  await import(pathToFileURL(bundle.entry).href);
  removeBundle = bundle.remove;
  // Everything the shell does before Electron is ready happens while the bundle loads.
  expect(journal).not.toContain('new BrowserWindow');
  standIn.becomeReady();
  await vi.waitFor(() => expect(journal).toContain('new BrowserWindow'));
}, 120_000);
afterAll(() => removeBundle());

describe('before ready', () => {
  it('registers app:// as a privileged, standard and secure scheme, without bypassing CSP', () => {
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(standIn.registeredSchemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
      },
    ]);
  });

  it('sandboxes every renderer and takes the single-instance lock', () => {
    expect(at('app.enableSandbox')).toBeLessThan(at('ready'));
    expect(at('app.requestSingleInstanceLock')).toBeLessThan(at('ready'));
  });

  it('guards every webContents from its creation on, so the first window is guarded too', () => {
    expect(at('app.on web-contents-created')).toBeLessThan(at('new BrowserWindow'));
  });
});

describe('after ready', () => {
  it('serves app://, then answers permissions, then opens the window', () => {
    const ready = at('ready');
    expect(at('protocol.handle app')).toBeGreaterThan(ready);
    expect(at('session.setPermissionRequestHandler')).toBeGreaterThan(ready);
    expect(at('session.setPermissionCheckHandler')).toBeGreaterThan(ready);
    expect(at('new BrowserWindow')).toBeGreaterThan(at('protocol.handle app'));
    expect(at('new BrowserWindow')).toBeGreaterThan(at('session.setPermissionCheckHandler'));
    expect(at('window.loadURL app://war-room/')).toBeGreaterThan(at('new BrowserWindow'));
  });

  it("registers each contract method's IPC channel exactly once, before the window exists", () => {
    expect(channelsRegistered().sort()).toEqual(methodNames.map((name) => `ipcMain.handle ${name}`).sort());
    const window = at('new BrowserWindow');
    for (const entry of channelsRegistered()) {
      expect(at(entry)).toBeGreaterThan(at('ready'));
      expect(at(entry)).toBeLessThan(window);
    }
  });

  it('refuses every channel to a frame that is not the cockpit', async () => {
    for (const [channel, [handler]] of standIn.ipcHandlers) {
      for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/page.html' }, null]) {
        expect(await handler?.({ senderFrame }, {}), channel).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    }
  });

  it('answers the cockpit itself', async () => {
    const [handler] = standIn.ipcHandlers.get('app:info') ?? [];
    expect(await handler?.({ senderFrame: { url: 'app://war-room/' } }, {})).toMatchObject({
      ok: true,
      value: { name: 'War Room', transport: 'desktop', version: '0.0.0-startup-test' },
    });
  });

  it('opens one window, locked down as docs/SECURITY.md says', () => {
    expect(standIn.windowOptions).toHaveLength(1);
    expect(standIn.windowOptions[0]).toMatchObject({
      show: false,
      webPreferences: {
        preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        backgroundThrottling: false,
      },
    });
    const { webPreferences } = standIn.windowOptions[0] as { webPreferences: object };
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('links from a guarded page', () => {
  function openWindow(url: string) {
    const contents = new StandInContents();
    for (const listener of standIn.appListeners.get('web-contents-created') ?? []) listener({}, contents);
    return contents.openHandler?.({ url });
  }

  it('sends a Slack link to the browser and opens no window', async () => {
    expect(openWindow('https://acme.slack.com/archives/C0123ABCD/p1700000000000100')).toEqual({
      action: 'deny',
    });
    await vi.waitFor(() =>
      expect(standIn.openedExternally).toEqual([
        'https://acme.slack.com/archives/C0123ABCD/p1700000000000100',
      ]),
    );
  });

  it('keeps any other site out of the browser and out of a window', async () => {
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    // The allow-list answers after reading Slack's settings; give it the same chance the Slack link had.
    await vi.waitFor(() => expect(standIn.openedExternally).toHaveLength(1));
    expect(standIn.openedExternally).not.toContain('https://example.com/');
  });
});
