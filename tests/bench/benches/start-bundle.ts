/**
 * The JavaScript the cockpit's first screen needs before it can paint: index.html's module script, the
 * chunks it preloads, and every chunk those import statically, each gzipped as a server would send it.
 * Chunks loaded by `import()` (dialogs, charts, Japanese) come after the first paint and count only in
 * the total. Reads the renderer built for this run; no page is opened.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench } from '../bench';
import { atMost, type BenchResult } from '../results';
import { round } from '../stats';

const targetKb = 250;

/** The first screen's scripts as index.html names them: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function scriptsNamedBy(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags
    .flatMap((tag) => {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
      if (tag.startsWith('<script') && attribute('type') === 'module') return [attribute('src')];
      if (tag.startsWith('<link') && attribute('rel') === 'modulepreload') return [attribute('href')];
      return [];
    })
    .filter((path): path is string => path !== undefined);
}

/**
 * The relative modules a built chunk imports statically (`import{a}from"./x.js"`, `import"./y.js"`,
 * `export{b}from"./z.js"`); `import("./w.js")` is left out, since the page fetches it only when asked.
 */
export function staticImportsOf(code: string): string[] {
  const found = code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  );
  return [...found].map((match) => match[1] as string);
}

async function initialScripts(folder: string): Promise<string[]> {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = scriptsNamedBy(html).map((src) => posix.normalize(src));
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await readFile(join(folder, path), 'utf8');
    for (const imported of staticImportsOf(code)) queue.push(posix.join(posix.dirname(path), imported));
  }
  return [...seen];
}

async function sizeOf(folder: string, path: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(join(folder, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function kb(bytes: number): number {
  return round(bytes / 1024, 1);
}

export const startBundleBench: Bench = {
  name: 'start-bundle',
  async run({ rendererFolder, say }): Promise<BenchResult[]> {
    const initial = await initialScripts(rendererFolder);
    const sizes = await Promise.all(initial.map((path) => sizeOf(rendererFolder, path)));
    const assets = (await readdir(join(rendererFolder, 'assets'))).filter((name) => name.endsWith('.js'));
    const all = await Promise.all(assets.map((name) => sizeOf(rendererFolder, posix.join('assets', name))));
    const sum = (list: { raw: number; gzip: number }[], key: 'raw' | 'gzip') =>
      list.reduce((total, size) => total + size[key], 0);
    say(`${initial.length} scripts before the first paint, ${assets.length} in all`);
    return [
      { name: 'start.initial-js.gzip', value: kb(sum(sizes, 'gzip')), unit: 'KB', target: atMost(targetKb) },
      { name: 'start.initial-js.raw', value: kb(sum(sizes, 'raw')), unit: 'KB', target: null },
      { name: 'start.total-js.gzip', value: kb(sum(all, 'gzip')), unit: 'KB', target: null },
    ];
  },
};
