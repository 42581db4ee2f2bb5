import type { TFunction } from 'i18next';
import type { BridgeError, MethodOutput } from '../../../../../preload/contract';
import { describeBridgeError } from '../../../app/bridgeErrors';
import { describeError } from '../../../app/errors';
import { call } from '../../../bridge';
import type { WarRoomDatabase } from '../../../db/schema';
import { exportBackup } from '../../../db/repositories/backup-export';
import { snapshotWritten } from './snapshotsChanged';

export type SnapshotReason = MethodOutput<'backups:list'>['snapshots'][number]['reason'];

/** Main refused or could not write the snapshot; the bridge's error says why, in the IC's words. */
export class SnapshotFailure extends Error {
  constructor(readonly bridgeError: BridgeError) {
    super(bridgeError.message);
  }
}

/** Why a snapshot could not be taken, translated whether main refused it or the export failed. */
export function describeSnapshotFailure(t: TFunction, error: unknown): string {
  return error instanceof SnapshotFailure
    ? describeBridgeError(t, error.bridgeError)
    : describeError(t, error);
}

/**
 * Saves everything on this desktop as a snapshot: the whole-database backup, written by main into the data
 * folder (atomically, pruned by the retention policy). Throws SnapshotFailure when main did not keep it.
 */
export async function takeSnapshot(
  db: WarRoomDatabase,
  reason: SnapshotReason,
  context: { now: number; appVersion: string },
): Promise<void> {
  const { text } = await exportBackup(db, { kind: 'all' }, context);
  const written = await call('backups:write-snapshot', { content: text, reason });
  if (!written.ok) throw new SnapshotFailure(written.error);
  snapshotWritten();
}
