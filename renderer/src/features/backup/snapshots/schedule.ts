/**
 * When to take the automatic snapshot: every 15 minutes while the log changed since the last one, and a
 * minute after start when the last is older than that. Outside React, so the rule is tested with its own clock.
 */
import type { LockRunner } from '../../../db/outbox/locks';

export const snapshotEveryMs = 15 * 60 * 1000;
/** How often the schedule looks whether a snapshot is due: cheap (two index reads), so a minute is fine. */
export const lookEveryMs = 60 * 1000;
export const snapshotLockName = 'war-room.snapshot-schedule';

export type SnapshotSchedule = { stop: () => void };

export type SnapshotScheduleOptions = {
  now: () => number;
  lock: LockRunner;
  /** When the newest snapshot in the folder was taken, or null when there is none. */
  lastSnapshotAt: () => Promise<number | null>;
  /** What identifies the log's current state (its size and newest event); null while the log is empty. */
  logSignature: () => Promise<string | null>;
  take: (now: number) => Promise<void>;
  /** Told once per run of failures, so a full disk warns once, not every 15 minutes. */
  onFailure: (error: unknown) => void;
};

/** Starts the schedule in one window (the lock); the others wait and take over when it closes. */
export function startSnapshotSchedule(options: SnapshotScheduleOptions): SnapshotSchedule {
  const stopping = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let takenAt: number | null = null;
  // Unknown at start: the last snapshot on disk may be older than the log, so the first due look takes one.
  let takenOf: string | null = null;
  let failing = false;
  const failed = (error: unknown) => {
    if (!failing) options.onFailure(error);
    failing = true;
  };

  async function look(): Promise<void> {
    const now = options.now();
    if (takenAt !== null && now - takenAt < snapshotEveryMs) return;
    const signature = await options.logSignature();
    // An empty log is never saved: after storage was cleared it would push real snapshots out of the 3 of today.
    if (signature === null || signature === takenOf) return;
    try {
      await options.take(now);
      takenOf = signature;
      failing = false;
    } catch (error) {
      failed(error);
    }
    // A failed snapshot is tried again in 15 minutes, not every minute: a full disk gets no 200 MB a minute.
    takenAt = now;
  }

  async function run(): Promise<void> {
    const last = await options.lastSnapshotAt().catch(() => null);
    // A snapshot "from the future" (the clock was set back) must not hold the schedule off until then.
    takenAt = last !== null && last <= options.now() ? last : null;
    while (!stopping.signal.aborted) {
      // Waits first: a big log's export should not compete with the cockpit's first screen at start.
      await new Promise<void>((resolve) => {
        const stopped = () => resolve();
        timer = setTimeout(() => {
          stopping.signal.removeEventListener('abort', stopped);
          resolve();
        }, lookEveryMs);
        stopping.signal.addEventListener('abort', stopped, { once: true });
      });
      if (!stopping.signal.aborted) await look().catch(failed);
    }
  }

  void options.lock(snapshotLockName, stopping.signal, run);
  return {
    stop: () => {
      stopping.abort();
      clearTimeout(timer);
    },
  };
}
