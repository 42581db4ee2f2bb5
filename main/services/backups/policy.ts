/**
 * Which snapshots to keep (Actual Budget's policy): the last 3 of today, the newest of each earlier day,
 * at most 10. Pure: the caller passes `now` and the zone whose days count.
 *
 * Safety snapshots (before an import or a restore) follow the same rule in a set of their own, so they do
 * not count against the scheduled 10: a morning of scheduled snapshots can never push out the state from
 * before the import the IC may want to undo. The folder holds at most 20 snapshots.
 */
import type { SnapshotName } from './names';

export const keptToday = 3;
export const keptInAll = 10;

/** "2026-12-03" for a time in a zone; undefined zone = this machine's own. */
function dayOf(time: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(time);
}

function newestFirst(a: SnapshotName, b: SnapshotName): number {
  return b.createdAt - a.createdAt || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}

function keepOneSet(snapshots: SnapshotName[], today: string, timeZone: string | undefined): SnapshotName[] {
  const perDay = new Map<string, number>();
  const kept: SnapshotName[] = [];
  for (const snapshot of [...snapshots].sort(newestFirst)) {
    const day = dayOf(snapshot.createdAt, timeZone);
    const seen = perDay.get(day) ?? 0;
    // A snapshot "from the future" (the clock was moved back) is kept as if it were today's.
    const allowed = day >= today ? keptToday : 1;
    perDay.set(day, seen + 1);
    if (seen < allowed) kept.push(snapshot);
  }
  return kept.slice(0, keptInAll);
}

/** The snapshots to keep, newest first; every other one may be deleted. */
export function keepSnapshots(
  snapshots: readonly SnapshotName[],
  now: number,
  timeZone?: string,
): SnapshotName[] {
  const today = dayOf(now, timeZone);
  const scheduled = snapshots.filter((s) => s.reason === 'scheduled');
  const safety = snapshots.filter((s) => s.reason !== 'scheduled');
  return [...keepOneSet(scheduled, today, timeZone), ...keepOneSet(safety, today, timeZone)].sort(
    newestFirst,
  );
}
