/** Automatic snapshots of the whole database, written by main into the data folder's backups/. */
export { parseSnapshotName, snapshotNameFor, type SnapshotReason } from './names';
export { keepSnapshots, keptInAll, keptToday } from './policy';
export {
  listSnapshots,
  pruneSnapshots,
  readSnapshot,
  SnapshotError,
  writeSnapshot,
  type SnapshotInfo,
} from './store';
