import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The version in package.json, read once: the single place the app's version is written. */
export function appVersion(): string {
  const path = fileURLToPath(new URL('../../package.json', import.meta.url));
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(path, 'utf8'))).version;
}
