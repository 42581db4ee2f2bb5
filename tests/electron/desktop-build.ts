/**
 * What the Electron smoke test needs: the Electron binary (found without `require('electron')`, which
 * would try to download it), the built app in out/, and a display to open a window on.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The built files the app loads: main entry (package.json "main"), preload, renderer page. */
export const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

export type DesktopBuild = { executablePath: string; appFolder: string } | { skipReason: string };

/** Why this machine cannot launch the desktop app at all, before anything is built; null when it can. */
export function whyNoDesktop(): string | null {
  const binary = findElectronBinary();
  if ('missing' in binary) return binary.missing;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display to open a window on (run it under xvfb-run)';
  }
  return null;
}

/** Where to launch the built desktop app from, or why this machine cannot. */
export function findDesktopBuild(): DesktopBuild {
  const binary = findElectronBinary();
  if ('missing' in binary) return { skipReason: binary.missing };
  const reason = whyNoDesktop();
  if (reason !== null) return { skipReason: reason };
  const missing = builtFiles.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) return { skipReason: `the app is not built (missing ${missing.join(', ')})` };
  return { executablePath: binary.executablePath, appFolder: repoRoot };
}
