import { join } from 'node:path';
import { listSnapshots, readSnapshot, SnapshotError, writeSnapshot } from '../services/backups';
import { HandlerError, type HandlerContext, type HandlerGroup } from './context';

/** Snapshots live beside the rest of the data: the desktop's user-data folder, the browser host's --data-dir. */
export function snapshotFolder(context: HandlerContext): string {
  return join(context.identity.dataFolder, 'backups');
}

async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SnapshotError) throw new HandlerError(error.code, error.message);
    throw error;
  }
}

export function backupHandlers(
  context: HandlerContext,
  clock: () => number = Date.now,
): HandlerGroup<'backups:write-snapshot' | 'backups:list' | 'backups:read'> {
  const folder = snapshotFolder(context);
  return {
    'backups:write-snapshot': ({ content, reason }) =>
      answering(async () => {
        const written = await writeSnapshot(folder, content, reason, clock());
        return {
          name: written.name,
          bytes: written.bytes,
          createdAt: new Date(written.createdAt).toISOString(),
        };
      }),
    'backups:list': () =>
      answering(async () => {
        const snapshots = await listSnapshots(folder, clock());
        return {
          snapshots: snapshots.map(({ name, createdAt, bytes, reason }) => ({
            name,
            createdAt: new Date(createdAt).toISOString(),
            bytes,
            reason,
          })),
        };
      }),
    'backups:read': ({ name }) => answering(async () => ({ content: await readSnapshot(folder, name) })),
  };
}
