import i18next from 'i18next';
import { db } from '../../../db';
import { hostFacts } from './hostFacts';
import { lazyCode } from '../../../app/lazyPart';

const snapshotCode = lazyCode(() => import('./takeSnapshot'));

/**
 * The import flow's `beforeImport`: saves everything as a before-import snapshot, so an import can be
 * undone from Backups. Throws, in the IC's words, when it could not be saved: the import then does not run.
 */
export async function snapshotBeforeImport(): Promise<void> {
  const { describeSnapshotFailure, takeSnapshot } = await snapshotCode();
  try {
    await takeSnapshot(db, 'before-import', { now: Date.now(), appVersion: (await hostFacts()).appVersion });
  } catch (error) {
    throw new Error(describeSnapshotFailure(i18next.t, error), { cause: error });
  }
}
