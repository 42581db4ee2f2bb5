/** Opens and re-focuses the one cockpit window. */
import { BrowserWindow } from 'electron';
import { logger } from '../services/logger';
import { cockpitWindowOptions } from './window-options';

/** Creates the cockpit window and loads the app; it appears once its first frame is painted. */
export function openCockpitWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow(cockpitWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void loadCockpit(window, entryUrl);
  return window;
}

async function loadCockpit(window: BrowserWindow, entryUrl: string): Promise<void> {
  try {
    await window.loadURL(entryUrl);
  } catch (error) {
    logger.error(`could not load ${entryUrl}`, error);
  }
}

/** Brings the cockpit to the front, e.g. when the IC launches War Room a second time. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
