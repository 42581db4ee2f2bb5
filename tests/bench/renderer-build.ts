/**
 * The renderer the bench serves, built into a folder of the run's own. Other work on the same checkout
 * rebuilds dist/renderer whenever it likes (the e2e tests, `npm run web`), and a build there empties the
 * folder first: a bench page loading a code-split chunk mid-run would find it gone or renamed.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** `vite build` of the renderer (vite.renderer.config.ts) into `outDir`; returns the seconds it took. */
export async function buildRenderer(outDir: string): Promise<number> {
  const started = process.hrtime.bigint();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '-c', 'vite.renderer.config.ts', '--outDir', outDir, '--emptyOutDir'];
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      if (code === 0) done();
      else fail(new Error(`the renderer build failed (${signal ?? `exit code ${code}`})`));
    });
  });
  return Number(process.hrtime.bigint() - started) / 1e9;
}
