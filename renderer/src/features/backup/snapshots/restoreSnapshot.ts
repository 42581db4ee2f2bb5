/**
 * Puts this desktop back as a snapshot has it: read it, check it as any backup file is checked (in a worker),
 * save the current state as a before-restore snapshot, then replace the database in one transaction. A
 * snapshot that fails its check is refused before anything is saved or replaced.
 */
import type { TFunction } from 'i18next';
import { describeBridgeError } from '../../../app/bridgeErrors';
import { describeError } from '../../../app/errors';
import { call } from '../../../bridge';
import { restoreBackup } from '../../../db/repositories/backup';
import type { WarRoomDatabase } from '../../../db/schema';
import { parseInWorker } from '../parseInWorker';
import { describeSnapshotFailure, takeSnapshot } from './takeSnapshot';

export type RestoreOutcome = { ok: true; events: number } | { ok: false; message: string };

export async function restoreSnapshot(
  t: TFunction,
  db: WarRoomDatabase,
  snapshot: { name: string; time: string },
  context: { now: number; appVersion: string },
): Promise<RestoreOutcome> {
  const { time } = snapshot;
  const read = await call('backups:read', { name: snapshot.name });
  if (!read.ok)
    return {
      ok: false,
      message: t('snapshots.failed', { time, message: describeBridgeError(t, read.error) }),
    };
  const parsed = await parseInWorker(read.value.content, context.now);
  if (!parsed.ok) {
    const { code, where, detail } = parsed.problem;
    const problem = t(`backup.problem.${code}`, { where, detail: detail ?? '' });
    return { ok: false, message: t('snapshots.refused', { time, problem }) };
  }
  try {
    await takeSnapshot(db, 'before-restore', context);
  } catch (error) {
    return { ok: false, message: t('snapshots.saveFailed', { message: describeSnapshotFailure(t, error) }) };
  }
  try {
    const { events } = await restoreBackup(db, parsed.file, { now: context.now });
    return { ok: true, events };
  } catch (error) {
    return { ok: false, message: t('snapshots.failed', { time, message: describeError(t, error) }) };
  }
}
