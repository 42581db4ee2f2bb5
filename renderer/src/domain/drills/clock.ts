/**
 * The drill's own clock: time since the start with pauses left out, frozen at the end. Injects and the
 * countdown read drill time, so a pause to take a phone call moves every inject and contingency with it.
 */

/** What the game master did, when (epoch ms); the inject actions name an inject by its id. */
export type DrillAction =
  | { kind: 'paused'; at: number }
  | { kind: 'resumed'; at: number }
  | { kind: 'ended'; at: number }
  /** Before it is shown: the inject never comes. After: its contingency never comes. */
  | { kind: 'skipped'; at: number; injectId: string }
  | { kind: 'injected-early'; at: number; injectId: string }
  /** The game master saw the expected response happen (the only way for a free-text one). */
  | { kind: 'ticked'; at: number; injectId: string };

/** A stretch of wall time the drill clock ran: from `wallStart`, at drill time `drillStart`. */
type Running = { wallStart: number; wallEnd: number | null; drillStart: number };

export type DrillClock = {
  startedAt: number;
  runs: Running[];
  /** Drill time now, in ms. */
  elapsedMs: number;
  paused: boolean;
  endedAt: number | null;
};

/** The game master's actions up to `now`, in the order they happened (ties keep their given order). */
export function actionsUntil(actions: readonly DrillAction[], now: number): DrillAction[] {
  return actions
    .map((action, i) => ({ action, i }))
    .filter(({ action }) => action.at <= now)
    .sort((a, b) => a.action.at - b.action.at || a.i - b.i)
    .map(({ action }) => action);
}

/** The clock as pauses, resumes and the end made it, read at `now`. */
export function drillClock(startedAt: number, actions: readonly DrillAction[], now: number): DrillClock {
  const runs: Running[] = [{ wallStart: startedAt, wallEnd: null, drillStart: 0 }];
  let endedAt: number | null = null;
  const open = () => {
    const last = runs[runs.length - 1];
    return last !== undefined && last.wallEnd === null ? last : null;
  };
  const close = (at: number) => {
    const run = open();
    if (run !== null) run.wallEnd = Math.max(run.wallStart, at);
  };
  for (const action of actionsUntil(actions, now)) {
    if (endedAt !== null) break;
    if (action.kind === 'paused') close(action.at);
    else if (action.kind === 'ended') {
      close(action.at);
      endedAt = action.at;
    } else if (action.kind === 'resumed' && open() === null) {
      const last = runs[runs.length - 1];
      const drillStart = last === undefined ? 0 : last.drillStart + ((last.wallEnd ?? 0) - last.wallStart);
      runs.push({ wallStart: Math.max(action.at, startedAt), wallEnd: null, drillStart });
    }
  }
  const clock = { startedAt, runs, elapsedMs: 0, paused: open() === null && endedAt === null, endedAt };
  return { ...clock, elapsedMs: drillTimeAt(clock, now) };
}

/** Drill time (ms) at wall time `at`. */
export function drillTimeAt(clock: Pick<DrillClock, 'runs'>, at: number): number {
  let drill = 0;
  for (const run of clock.runs) {
    if (at <= run.wallStart) break;
    drill = run.drillStart + (Math.min(at, run.wallEnd ?? at) - run.wallStart);
  }
  return Math.max(0, drill);
}

/**
 * Wall time (epoch ms) when the drill clock reaches `drillMs`: in a past run, or ahead in the running
 * one; null while paused or after the end, since nobody knows yet when the clock will get there.
 */
export function wallTimeAt(clock: Pick<DrillClock, 'runs'>, drillMs: number): number | null {
  for (const run of clock.runs) {
    const reach = run.wallStart + (drillMs - run.drillStart);
    if (drillMs < run.drillStart) return run.wallStart;
    if (run.wallEnd === null || reach <= run.wallEnd) return reach;
  }
  return null;
}

/** Time left on the drill's limit (ms, never below zero), and whether it has run out. */
export function countdown(
  clock: DrillClock,
  timeLimitMinutes: number,
): { remainingMs: number; timeUp: boolean } {
  const remaining = timeLimitMinutes * 60_000 - clock.elapsedMs;
  return { remainingMs: Math.max(0, remaining), timeUp: remaining <= 0 };
}
