/**
 * Finds what the Electron smoke test needs, without ever calling `require('electron')`: that call
 * downloads the binary when it is missing, which hangs or throws on a machine with no internet.
 * Mirrors node_modules/electron/index.js: `path.txt` names the executable inside `dist/`, and
 * ELECTRON_OVERRIDE_DIST_PATH points at another dist folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The built files the app loads: main entry (package.json "main"), preload, renderer page. */
export const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

export type DesktopBuild = { executablePath: string; appFolder: string } | { skipReason: string };

function electronExecutable(): string | { skipReason: string } {
  let electronFolder: string;
  try {
    electronFolder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { skipReason: 'the electron package is not installed' };
  }
  const pathFile = join(electronFolder, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return join(override, executable || 'electron');
  if (executable === '') {
    return {
      skipReason: 'the Electron binary is not downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  return join(electronFolder, 'dist', executable);
}

/** Where to launch the desktop app from, or why this machine cannot. */
export function findDesktopBuild(): DesktopBuild {
  const executable = electronExecutable();
  if (typeof executable !== 'string') return executable;
  if (!existsSync(executable)) return { skipReason: `the Electron binary is missing at ${executable}` };
  const missing = builtFiles.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) {
    return {
      skipReason: `the app is not built (missing ${missing.join(', ')}): run npx electron-vite build`,
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skipReason: 'no display to open a window on: run under xvfb-run' };
  }
  return { executablePath: executable, appFolder: repoRoot };
}
