/**
 * `npm start`: builds the desktop app once and opens it. Where the Electron binary was never
 * downloaded (Electron fetches it lazily, and only with internet) it says so in one sentence with what
 * to do, and exits with 1 before building anything, instead of a stack trace from Electron's installer.
 */
import { preview } from 'electron-vite';
import { fetchElectronCommand, findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
if ('missing' in binary) {
  process.stderr.write(
    `War Room cannot open as a desktop app because ${binary.missing}: with internet, run \`${fetchElectronCommand}\` once and then \`npm start\` again, or use War Room in your browser with \`npm run web\`.\n`,
  );
  process.exit(1);
}

// electron-vite launches ELECTRON_EXEC_PATH when set: the very binary found above (ELECTRON_OVERRIDE_DIST_PATH
// included, which electron-vite itself does not read).
process.env.ELECTRON_EXEC_PATH = binary.executablePath;
// Builds main, preload and renderer into out/ (electron.vite.config.ts) once, then launches Electron on it.
await preview({}, { skipBuild: false });
