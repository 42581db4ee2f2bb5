/**
 * A snapshot's file name says when it was taken and why, so the folder sorts by time in any file manager
 * and the list needs no index file: `snapshot-2026-12-03T12-04-05-123Z-scheduled.json`. Milliseconds are in
 * it so two snapshots in one second (a before-restore right after a scheduled one) never share a name.
 */
import type { snapshotReasons } from '../../../preload/contract/backups';

export type SnapshotReason = (typeof snapshotReasons)[number];

/** The whole name, anchored: nothing with a folder, a dot-dot or another extension matches. */
export const snapshotNamePattern =
  /^snapshot-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(scheduled|before-import|before-restore)\.json$/;

/** What a temp file being written ends with; never listed, removed once it is clearly left over. */
export const tempSuffix = '.tmp';

export type SnapshotName = { name: string; createdAt: number; reason: SnapshotReason };

/** The file name for a snapshot taken at `now` (ms since the epoch) for `reason`. */
export function snapshotNameFor(now: number, reason: SnapshotReason): string {
  const iso = new Date(now).toISOString(); // 2026-12-03T12:04:05.123Z
  const stamp = iso.replace(/:/g, '-').replace('.', '-');
  return `snapshot-${stamp}-${reason}.json`;
}

/** The time and reason a name says, or null when the file is not one of ours. */
export function parseSnapshotName(name: string): SnapshotName | null {
  const match = snapshotNamePattern.exec(name);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, ms, reason] = match;
  const createdAt = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`);
  // The pattern admits 2026-13-45; a name that is no real time is not one War Room wrote.
  if (Number.isNaN(createdAt) || snapshotNameFor(createdAt, reason as SnapshotReason) !== name) return null;
  return { name, createdAt, reason: reason as SnapshotReason };
}
