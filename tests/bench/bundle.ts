/** Bundles pure domain code of the app for a blank page, so a bench times it in Chromium's V8 with nothing exposed from the app. */
import { resolve } from 'node:path';
import { build } from 'esbuild';

const domainFolder = resolve(import.meta.dirname, '../../renderer/src/domain');

/** `entry` is TypeScript resolved from renderer/src/domain; the page gets its exports as `window[globalName]`. */
export async function bundleDomainForPage(entry: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: domainFolder, loader: 'ts', sourcefile: `${globalName}.ts` },
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2023',
    // Minified like the production build (vite), though V8's speed hardly depends on it.
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild produced no bundle for ${globalName}`);
  return code;
}
