/**
 * Open tasks per responder over the incident's time, for a stacked area chart, with check-in/out and rest
 * marked. One pass over the changes, whatever their number: a long incident has ~100k log events.
 */
import { inTimeOrder, LoadReplay, type LoadChange, type PresenceKind } from './load-changes';

/** One sample: `t` (epoch ms) and each person's open tasks under their id. */
export type OpenTasksPoint = { t: number; [personId: string]: number };

export type PresenceMarker = { t: number; personId: string; kind: PresenceKind };

export type RestPeriod = {
  personId: string;
  start: number;
  end: number;
  /** Still resting at the end of the window. */
  ongoing: boolean;
};

export type OpenTasksSeries = {
  /** Every person seen up to the window's end, in order of first appearance (stable colours). */
  personIds: string[];
  points: OpenTasksPoint[];
  markers: PresenceMarker[];
  restPeriods: RestPeriod[];
  bucketMs: number;
};

export type OpenTasksSeriesOptions = {
  start: number;
  end: number;
  /** Wished spacing of samples; widened when it would give more than `maxPoints`. */
  bucketMs?: number;
  maxPoints?: number;
};

export const defaultMaxPoints = 500;
const minute = 60_000;

/** Sample spacing: whole minutes, never more than `maxPoints` samples across the window. */
export function bucketSizeFor(span: number, maxPoints: number, wished?: number): number {
  const buckets = Math.max(1, maxPoints - 1);
  const smallest = Math.ceil(span / buckets / minute) * minute;
  return Math.max(wished ?? minute, smallest, 1);
}

/**
 * Samples each person's open tasks at the window's start, at every bucket boundary, and at its end. Each
 * sample is the state at that instant (the last value of the bucket it closes), not the bucket's maximum: the
 * stacked total is then the true number of open tasks at that moment. A task held only between two samples
 * does not show; the markers still do.
 */
export function openTasksOverTime(
  changes: readonly LoadChange[],
  { start, end, bucketMs, maxPoints = defaultMaxPoints }: OpenTasksSeriesOptions,
): OpenTasksSeries {
  const ordered = inTimeOrder(changes);
  const replay = new LoadReplay();
  // Register everyone first, so early samples carry a 0 for people who arrive later (no gaps in the stack).
  for (const change of ordered) {
    if (change.ts > end) break;
    replay.personIndex(change.personId);
  }
  const step = bucketSizeFor(Math.max(0, end - start), maxPoints, bucketMs);
  const { personIds, openTasks } = replay;
  const points: OpenTasksPoint[] = [];
  const markers: PresenceMarker[] = [];
  const restPeriods: RestPeriod[] = [];
  const restingSince = new Map<string, number>();
  let nextSample = start;

  const sampleUpTo = (ts: number): void => {
    while (nextSample < ts && nextSample <= end) {
      const point: OpenTasksPoint = { t: nextSample };
      for (let i = 0; i < personIds.length; i += 1) point[personIds[i] ?? ''] = openTasks[i] ?? 0;
      points.push(point);
      nextSample = nextSample >= end ? end + 1 : Math.min(nextSample + step, end);
    }
  };

  for (const change of ordered) {
    if (change.ts > end) break;
    sampleUpTo(change.ts);
    replay.apply(change);
    if (change.kind === 'task-assigned' || change.kind === 'task-released') continue;
    if (change.ts >= start) markers.push({ t: change.ts, personId: change.personId, kind: change.kind });
    // Rest is read back from the replay, so the shaded periods agree with the duty time of currentLoad.
    const resting = replay.resting[replay.personIndex(change.personId)] === true;
    const since = restingSince.get(change.personId);
    if (resting && since === undefined) restingSince.set(change.personId, change.ts);
    if (!resting && since !== undefined) {
      restingSince.delete(change.personId);
      if (change.ts > start) {
        restPeriods.push({
          personId: change.personId,
          start: Math.max(since, start),
          end: change.ts,
          ongoing: false,
        });
      }
    }
  }
  sampleUpTo(end + 1);
  for (const [personId, since] of restingSince) {
    restPeriods.push({ personId, start: Math.max(since, start), end, ongoing: true });
  }
  return { personIds: [...personIds], points, markers, restPeriods, bucketMs: step };
}
