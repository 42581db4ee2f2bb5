/**
 * A recording stand-in for the `electron` module, the one thing that cannot run here. It writes every
 * call the shell makes into `journal`, in order, keeps what was registered (IPC handlers, listeners,
 * window options) for the test to fire, and lets the test decide when the app becomes `ready`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;
export type IpcHandler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;
export type WindowOpenHandler = (details: { url: string }) => { action: string };

/** Plays a webContents: the guards install listeners and a window-open handler on it. */
export class StandInContents {
  readonly listeners = new Map<string, Listener[]>();
  openHandler: WindowOpenHandler | null = null;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.openHandler = handler;
  }
}

/** Builds one stand-in; the test's `vi.mock('electron')` answers with it. `lockTaken: false` plays a second launch. */
export function createElectronStandIn({ lockTaken = true }: { lockTaken?: boolean } = {}) {
  const journal: string[] = [];
  const ipcHandlers = new Map<string, IpcHandler[]>();
  const appListeners = new Map<string, Listener[]>();
  const windowOptions: unknown[] = [];
  const registeredSchemes: unknown[] = [];
  const openedExternally: string[] = [];
  const userData = mkdtempSync(join(tmpdir(), 'war-room-startup-'));
  let becomeReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    becomeReady = resolve;
  });
  const note = (entry: string) => journal.push(entry);

  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    readonly webContents = new StandInContents();
    constructor(options: unknown) {
      note('new BrowserWindow');
      windowOptions.push(options);
    }
    once(): this {
      return this;
    }
    loadURL(url: string): Promise<void> {
      note(`window.loadURL ${url}`);
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => note('app.enableSandbox'),
      setAppUserModelId: () => note('app.setAppUserModelId'),
      requestSingleInstanceLock: () => {
        note('app.requestSingleInstanceLock');
        return lockTaken;
      },
      whenReady: () => ready,
      on: (event: string, listener: Listener) => {
        note(`app.on ${event}`);
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
      getVersion: () => '0.0.0-startup-test',
      quit: () => note('app.quit'),
      exit: (code: number) => note(`app.exit ${code}`),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        note('protocol.registerSchemesAsPrivileged');
        registeredSchemes.push(...schemes);
      },
      handle: (scheme: string) => note(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => note('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: () => note('session.setPermissionCheckHandler'),
      },
    },
    ipcMain: {
      handle: (channel: string, handler: IpcHandler) => {
        note(`ipcMain.handle ${channel}`);
        ipcHandlers.set(channel, [...(ipcHandlers.get(channel) ?? []), handler]);
      },
    },
    shell: {
      openExternal: async (url: string) => {
        openedExternally.push(url);
      },
    },
    BrowserWindow,
    dialog: {},
    Notification: { isSupported: () => false },
    safeStorage: {},
  };

  return {
    electron,
    journal,
    ipcHandlers,
    appListeners,
    windowOptions,
    registeredSchemes,
    openedExternally,
    /** What Electron does once it has started: 'ready'. */
    becomeReady: () => {
      note('ready');
      becomeReady();
    },
  };
}
