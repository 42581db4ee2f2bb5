import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localLock } from '../../../../../../renderer/src/db/outbox/locks';
import {
  lookEveryMs,
  snapshotEveryMs,
  startSnapshotSchedule,
  type SnapshotScheduleOptions,
} from '../../../../../../renderer/src/features/backup/snapshots/schedule';

const minute = 60_000;
const start = Date.parse('2026-12-03T09:00:00.000Z');

/** A desk whose log the test changes, and the snapshots the schedule took of it. */
function desk(options: { last?: number | null; failing?: boolean } = {}) {
  const state = {
    log: 0,
    taken: [] as { at: number; log: number }[],
    warnings: 0,
    failing: options.failing ?? false,
  };
  const schedule = startSnapshotSchedule({
    now: () => Date.now(),
    lock: localLock,
    lastSnapshotAt: async () => options.last ?? null,
    logSignature: async () => (state.log === 0 ? null : `${state.log}`),
    take: async (now) => {
      if (state.failing) throw new Error('disk full');
      state.taken.push({ at: now, log: state.log });
    },
    onFailure: () => {
      state.warnings += 1;
    },
  } satisfies SnapshotScheduleOptions);
  return { state, schedule };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: start });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the automatic snapshot schedule', () => {
  it('saves nothing while the log is empty, then the state soon after the first change', async () => {
    const { state, schedule } = desk();
    await advance(20 * minute);
    expect(state.taken).toEqual([]);
    state.log = 1;
    await advance(lookEveryMs);
    expect(state.taken).toEqual([{ at: start + 21 * minute, log: 1 }]);
    schedule.stop();
  });

  it('saves every 15 minutes while something changes, and not at all while nothing does', async () => {
    const { state, schedule } = desk();
    state.log = 1;
    await advance(minute);
    expect(state.taken).toHaveLength(1);
    state.log = 2;
    await advance(snapshotEveryMs - minute);
    expect(state.taken).toHaveLength(1); // changed, but the last is not 15 minutes old yet
    await advance(minute);
    expect(state.taken.map((s) => s.log)).toEqual([1, 2]);
    await advance(2 * 60 * minute);
    expect(state.taken).toHaveLength(2); // two quiet hours: no copies of the same state
    schedule.stop();
  });

  it('takes one a minute after start when the last snapshot is older than 15 minutes, and waits when it is newer', async () => {
    const old = desk({ last: start - 16 * minute });
    old.state.log = 5;
    await advance(0);
    expect(old.state.taken).toHaveLength(0); // not while the cockpit draws its first screen
    await advance(minute);
    expect(old.state.taken).toHaveLength(1);
    old.schedule.stop();

    const recentStart = Date.now();
    const recent = desk({ last: recentStart - 5 * minute });
    recent.state.log = 5;
    await advance(9 * minute);
    expect(recent.state.taken).toHaveLength(0);
    await advance(minute);
    expect(recent.state.taken).toEqual([{ at: recentStart + 10 * minute, log: 5 }]);
    recent.schedule.stop();
  });

  it('warns once when saving fails, tries again every 15 minutes, not every minute, and recovers', async () => {
    const { state, schedule } = desk({ failing: true });
    state.log = 1;
    await advance(46 * minute);
    expect(state.warnings).toBe(1);
    state.failing = false;
    await advance(15 * minute);
    expect(state.taken).toHaveLength(1);
    schedule.stop();
  });

  it('stops looking once stopped', async () => {
    const { state, schedule } = desk();
    schedule.stop();
    state.log = 1;
    await advance(60 * minute);
    expect(state.taken).toEqual([]);
  });
});
