import { open, realpath } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `root`, or null when it would escape it (`..`, encoded or not).
 * The app is a single page: unknown paths without an extension fall back to index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || extname(decoded) === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, normalize(relative));
  if (target !== absoluteRoot && !target.startsWith(absoluteRoot + sep)) return null;
  return target;
}

function isInside(root: string, target: string): boolean {
  return target.startsWith(root + sep);
}

/**
 * Reads `path` only if it really is a regular file inside `root`: a symbolic link (or a linked folder)
 * that leads out of the renderer folder, a directory or a device is not found.
 */
export async function readStaticFile(root: string, path: string): Promise<Buffer | null> {
  try {
    const realRoot = await realpath(root);
    const realTarget = await realpath(path);
    if (!isInside(realRoot, realTarget)) return null;
    const handle = await open(realTarget, 'r');
    try {
      // Checked on the opened file, so a swap between the check and the read cannot slip through.
      if (!(await handle.stat()).isFile()) return null;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}
