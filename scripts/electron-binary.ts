/**
 * Where the Electron executable is, found without ever calling `require('electron')`: that call
 * downloads the binary when it is missing, which hangs or ends in a stack trace on a machine with no
 * internet. Mirrors node_modules/electron/index.js: `path.txt` names the executable inside `dist/`, and
 * ELECTRON_OVERRIDE_DIST_PATH points at another dist folder. `npm start` and the smoke test both ask.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { executablePath: string } | { missing: string };

/** The command that lets Electron fetch its own binary (it needs internet once). */
export const fetchElectronCommand = 'node node_modules/electron/install.js';

/** The executable `electron-vite preview` would launch, or why there is none. */
export function findElectronBinary(): ElectronBinary {
  let electronFolder: string;
  try {
    electronFolder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(electronFolder, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executablePath = override
    ? join(override, executable || 'electron')
    : executable === ''
      ? null
      : join(electronFolder, 'dist', executable);
  if (executablePath === null) {
    return {
      missing: 'the Electron binary is not downloaded yet (node_modules/electron/path.txt is missing)',
    };
  }
  if (!existsSync(executablePath)) return { missing: `the Electron binary is missing at ${executablePath}` };
  return { executablePath };
}
