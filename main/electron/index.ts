/**
 * The desktop shell's entry point: app lifecycle only. One instance per user, the cockpit served from
 * `app://war-room`, every webContents guarded, and the one handler table served over IPC. The
 * decisions live in the pure modules beside this file; this one wires them to Electron.
 */
import { join } from 'node:path';
import { app, BrowserWindow, protocol, session, shell } from 'electron';
import { pushChannel } from '../../preload/contract/push';
import { createHandlers } from '../handlers';
import { createPushHub } from '../services/push';
import { logger } from '../services/logger';
import { createSlackSettingsStore } from '../services/slack-settings';
import { appSchemePrivileges, serveAppRequest } from './app-protocol';
import { createExternalLinkOpener } from './external-links';
import { guardPermissions, guardWebContents } from './hardening';
import { serveBridgeOverIpc } from './ipc';
import { appEntryUrl, appScheme, isAppUrl, trustedOriginsFor } from './policy';
import { desktopPlatform } from './desktop-platform';
import { bringToFront, openCockpitWindow } from './window';

const rendererFolder = join(import.meta.dirname, '..', 'renderer');
const preloadPath = join(import.meta.dirname, '..', 'preload', 'index.cjs');
/** Same as `appId` in electron-builder.yml: Windows shows notifications only for a known app id. */
const appId = 'com.warroom.desktop';

// Both must happen before 'ready': privileges make app:// a real origin (IndexedDB), the sandbox covers every renderer.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(appId);

async function startCockpit(): Promise<void> {
  // electron-vite's dev server serves the renderer with hot reload; a packaged build never looks at it.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const origins = trustedOriginsFor(devServerUrl, app.isPackaged);
  const entryUrl = devServerUrl !== undefined && isAppUrl(devServerUrl, origins) ? devServerUrl : appEntryUrl;
  let cockpit: BrowserWindow | null = null;
  const userData = app.getPath('userData');
  // "Open in Slack" (target=_blank) reaches the window-open handler: Slack's pages go to the browser.
  const slackSettings = createSlackSettingsStore(userData);
  const openExternalLink = createExternalLinkOpener(
    async () => (await slackSettings.read()).workspace?.url,
    (url) => shell.openExternal(url),
  );

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins, openExternalLink));
  app.on('second-instance', () => {
    if (cockpit !== null && !cockpit.isDestroyed()) bringToFront(cockpit);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();
  protocol.handle(appScheme, (request) => serveAppRequest(request, rendererFolder));
  guardPermissions(session.defaultSession, origins);
  // The push channel: each message goes to every War Room window (the cockpit, a wall display).
  const push = createPushHub();
  push.listen((message) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(pushChannel, message);
  });
  const table = createHandlers({
    identity: {
      name: 'War Room',
      version: app.getVersion(),
      dataFolder: userData,
      transport: 'desktop',
    },
    platform: desktopPlatform(userData),
    push,
  });
  serveBridgeOverIpc(table, origins);

  cockpit = openCockpitWindow(preloadPath, entryUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) cockpit = openCockpitWindow(preloadPath, entryUrl);
  });
}

// A second launch hands over to the running cockpit (its 'second-instance' focuses the window) and quits.
if (app.requestSingleInstanceLock()) {
  startCockpit().catch((error: unknown) => {
    logger.error('War Room could not start', error);
    app.exit(1);
  });
} else {
  app.quit();
}
