/**
 * The cockpit window's settings, kept apart from `new BrowserWindow` so a unit test can read them.
 * Type-only import: this file loads no `electron` at run time.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Settings for the one cockpit window: locked-down renderer, and a clock that keeps ticking when minimised. */
export function cockpitWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'War Room',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown on 'ready-to-show', so the IC never sees an empty white frame.
    show: false,
    backgroundColor: '#121212',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
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
      safeDialogs: true,
      // Off: with no context menu its suggestions never show, and on Windows and Linux it would download
      // dictionaries from the network, which an app that works offline must not do.
      spellcheck: false,
      // Broadcast and rest reminders come due on the renderer's clock; a hidden window must not slow it.
      backgroundThrottling: false,
    },
  };
}
