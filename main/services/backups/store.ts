/**
 * The snapshot folder on disk. A snapshot is written to a temp file (0600), flushed, renamed over its
 * final name and the folder flushed, so a crash mid-write leaves at most a `.tmp` that is never listed:
 * the newest snapshot shown is always a whole one.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { maxSnapshotBytes } from '../../../preload/contract/backups';
import {
  parseSnapshotName,
  snapshotNameFor,
  tempSuffix,
  type SnapshotName,
  type SnapshotReason,
} from './names';
import { keepSnapshots } from './policy';

/** A temp file older than this is left over from a crash (a 200 MB write takes seconds, not minutes). */
const leftoverTempAgeMs = 10 * 60 * 1000;

export type SnapshotErrorCode = 'bad_input' | 'disk_full';
/** What the handlers turn into a bridge error with the same code. */
export class SnapshotError extends Error {
  constructor(
    readonly code: SnapshotErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type SnapshotInfo = SnapshotName & { bytes: number };

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function tooLarge(bytes: number): SnapshotError {
  const mb = Math.ceil(bytes / 1024 / 1024);
  return new SnapshotError('bad_input', `The snapshot is ${mb} MB; War Room keeps snapshots up to 200 MB.`);
}

/** Flushes the folder's entry for the renamed file; Windows cannot open a folder for that, and needs not. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR / EPERM where the OS does not allow it; the rename itself is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** Opens a temp file that did not exist before, trying the next millisecond when the name is taken. */
async function openFreshTemp(folder: string, now: number, reason: SnapshotReason) {
  for (let step = 0; step < 1000; step += 1) {
    const name = snapshotNameFor(now + step, reason);
    try {
      await lstat(join(folder, name));
      continue; // a snapshot of that very millisecond exists: never replace it
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    try {
      const handle = await open(join(folder, name + tempSuffix), 'wx', 0o600);
      return { name, createdAt: now + step, handle };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
  throw new SnapshotError('bad_input', 'Too many snapshots in one second.');
}

/** Writes one snapshot atomically, then deletes what the retention policy no longer keeps. */
export async function writeSnapshot(
  folder: string,
  content: string,
  reason: SnapshotReason,
  now: number,
  timeZone?: string,
): Promise<SnapshotInfo> {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > maxSnapshotBytes) throw tooLarge(bytes);
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const { name, createdAt, handle } = await openFreshTemp(folder, now, reason);
    const temp = join(folder, name + tempSuffix);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temp, join(folder, name));
    await syncFolder(folder);
    await pruneSnapshots(folder, now, timeZone);
    return { name, createdAt, reason, bytes };
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    if (errorCode(error) === 'ENOSPC')
      throw new SnapshotError('disk_full', 'The disk is full: the snapshot was not saved.');
    throw error;
  }
}

/** The snapshots in the folder, newest first; temps, folders, links and other files are not ours. */
export async function listSnapshots(folder: string, now: number = Date.now()): Promise<SnapshotInfo[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const found: SnapshotInfo[] = [];
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith(tempSuffix)) {
      await removeIfLeftover(join(folder, entry.name), now);
      continue;
    }
    const parsed = entry.isFile() ? parseSnapshotName(entry.name) : null;
    if (parsed === null) continue;
    const stats = await lstat(join(folder, entry.name));
    found.push({ ...parsed, bytes: stats.size });
  }
  return found.sort((a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : -1));
}

async function removeIfLeftover(path: string, now: number): Promise<void> {
  try {
    const stats = await lstat(path);
    if (now - stats.mtimeMs > leftoverTempAgeMs) await rm(path, { force: true });
  } catch {
    // Gone already (another write finished it): nothing to clean.
  }
}

/** Deletes the snapshots the policy no longer keeps. */
export async function pruneSnapshots(folder: string, now: number, timeZone?: string): Promise<void> {
  const all = await listSnapshots(folder, now);
  const kept = new Set(keepSnapshots(all, now, timeZone).map((s) => s.name));
  for (const snapshot of all) {
    if (!kept.has(snapshot.name)) await rm(join(folder, snapshot.name), { force: true });
  }
}

/** One snapshot's text. Only a name War Room writes is accepted, and only a plain file behind it. */
export async function readSnapshot(folder: string, name: string): Promise<string> {
  if (parseSnapshotName(name) === null)
    throw new SnapshotError('bad_input', `“${name.slice(0, 80)}” is not the name of a War Room snapshot.`);
  const path = join(folder, name);
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: a link planted under a snapshot's name is refused, not followed (POSIX; 0 elsewhere).
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') throw new SnapshotError('bad_input', `There is no snapshot ${name} any more.`);
    if (code === 'ELOOP') throw new SnapshotError('bad_input', `${name} is a link, not a snapshot.`);
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new SnapshotError('bad_input', `${name} is not a snapshot file.`);
    if (stats.size > maxSnapshotBytes) throw tooLarge(stats.size);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
