/**
 * Playwright's global setup for the smoke test: builds out/ (main, preload, renderer) with the same
 * electron-vite config `npm start` uses, so the test always runs against the code as it is now. Where
 * this machine cannot launch Electron at all, nothing is built and the test reports itself skipped.
 */
import { build } from 'electron-vite';
import { repoRoot, whyNoDesktop } from './desktop-build';

export default async function buildDesktop(): Promise<void> {
  const reason = whyNoDesktop();
  if (reason !== null) {
    process.stdout.write(`Electron smoke test skipped, nothing built: ${reason}.\n`);
    return;
  }
  process.stdout.write('Building the desktop app into out/ for the smoke test…\n');
  await build({ root: repoRoot, configFile: `${repoRoot}/electron.vite.config.ts`, logLevel: 'warn' });
}
