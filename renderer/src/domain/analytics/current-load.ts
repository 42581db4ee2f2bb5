/**
 * Each responder's load right now: open tasks, time on duty, and the fatigue level the fatigue model
 * computed (passed in, so this module does not depend on it).
 */
import { inTimeOrder, LoadReplay, type LoadChange } from './load-changes';

export type CurrentLoad<Fatigue = string> = {
  personId: string;
  openTasks: number;
  /** Checked in and not resting, summed over every check-in (someone who checked in twice counts both). */
  dutyMinutes: number;
  checkedIn: boolean;
  resting: boolean;
  fatigueLevel: Fatigue | null;
};

export type CurrentLoadOptions<Fatigue> = {
  now: number;
  fatigueByPerson?: ReadonlyMap<string, Fatigue>;
};

/**
 * Replays the changes up to `now`. Everyone seen is listed, checked out too: a checked-out person still
 * holding tasks is something the IC must see. Busiest first (open tasks, then duty time, then id).
 */
export function currentLoad<Fatigue = string>(
  changes: readonly LoadChange[],
  { now, fatigueByPerson }: CurrentLoadOptions<Fatigue>,
): CurrentLoad<Fatigue>[] {
  const replay = new LoadReplay();
  for (const change of inTimeOrder(changes)) {
    if (change.ts > now) break;
    replay.apply(change);
  }
  const rows = replay.personIds.map((personId, person): CurrentLoad<Fatigue> => {
    replay.countDuty(person, now);
    return {
      personId,
      openTasks: replay.openTasks[person] ?? 0,
      dutyMinutes: (replay.dutyMs[person] ?? 0) / 60_000,
      checkedIn: replay.checkedIn[person] === true,
      resting: replay.resting[person] === true,
      fatigueLevel: fatigueByPerson?.get(personId) ?? null,
    };
  });
  return rows.sort(
    (a, b) =>
      b.openTasks - a.openTasks ||
      b.dutyMinutes - a.dutyMinutes ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}

/** The open tasks of the people checked in now: the input of the concentration figures and nudge. */
export function checkedInOpenTasks(load: readonly CurrentLoad<unknown>[]): Map<string, number> {
  return new Map(load.filter((row) => row.checkedIn).map((row) => [row.personId, row.openTasks]));
}
