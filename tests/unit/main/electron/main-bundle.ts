/**
 * Builds the desktop main bundle exactly as `npm start` and `npm run build` do (electron-vite, the
 * repository's electron.vite.config.ts), but into a folder of its own so tests never touch out/main.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The built entry file, and how to remove the build again. */
export async function buildMainBundle(name: string): Promise<{ entry: string; remove: () => Promise<void> }> {
  const resolved = await resolveConfig(
    { root: repoRoot, configFile: join(repoRoot, 'electron.vite.config.ts'), logLevel: 'warn' },
    'build',
    'production',
  );
  const main = resolved.config?.main;
  if (main === undefined) throw new Error('electron.vite.config.ts has no main build');
  // Inside the repository (out/ is ignored by git), so the bundle finds zod and @slack/web-api in node_modules.
  const folder = join(repoRoot, 'out', `test-${name}-${process.pid}`);
  await build({ ...main, build: { ...main.build, outDir: join(folder, 'main'), emptyOutDir: true } });
  return {
    entry: join(folder, 'main', 'index.js'),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}
