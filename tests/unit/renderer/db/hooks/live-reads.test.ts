/**
 * What the cockpit's panels read, live, and what wakes them. A new log line must wake only what shows the
 * log: the board, the roster and the load charts read again only when what they show changes. Each
 * read is run under Dexie's liveQuery exactly as the hooks run it, and counted.
 */
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readLoadLog } from '../../../../../renderer/src/db/hooks/useAnalytics';
import { readRosterInput } from '../../../../../renderer/src/db/hooks/useRoster';
import { readTasks } from '../../../../../renderer/src/db/hooks/useTasks';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry } from '../../../../../renderer/src/db/repositories/log';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import { checkIn, startRest } from '../../../../../renderer/src/db/repositories/roster';
import { assignTask, createTask } from '../../../../../renderer/src/db/repositories/tasks';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await db?.delete();
});
let minute = 0;
const ctx = () => {
  minute += 1;
  return { now: at('2026-11-24T22:00:00Z') + minute * 60_000, actor: 'Alice' };
};

/** Runs `read` as a live query; counts each time it runs and waits for the value after the next run. */
function watch<T>(read: () => Promise<T>) {
  let runs = 0;
  const values: T[] = [];
  const waiting: (() => void)[] = [];
  const subscription = liveQuery(() => {
    runs += 1;
    return read();
  }).subscribe({
    next: (value) => {
      values.push(value);
      for (const wake of waiting.splice(0)) wake();
    },
    error: (error: unknown) => {
      throw error;
    },
  });
  stops.push(() => subscription.unsubscribe());
  const valueCount = async (n: number): Promise<void> => {
    while (values.length < n) await new Promise<void>((wake) => waiting.push(wake));
  };
  return { runs: () => runs, values: () => values.length, next: valueCount };
}

async function incidentWithWork() {
  db = freshDatabase();
  const incidentId = await declareIncident(
    db,
    { title: 'Payments down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    ctx(),
  );
  const bob = await addPerson(db, { name: 'Bob', timeZone: 'UTC' }, ctx());
  const carol = await addPerson(db, { name: 'Carol', timeZone: 'UTC' }, ctx());
  await checkIn(db, { incidentId, personId: bob, roles: [], location: 'remote' }, ctx());
  const carolStay = await checkIn(db, { incidentId, personId: carol, roles: [], location: 'remote' }, ctx());
  const taskId = await createTask(
    db,
    { incidentId, title: 'Roll back', category: 'restore-service', ownerId: bob },
    ctx(),
  );
  return { incidentId, bob, carol, carolStay, taskId };
}

describe('a new log line', () => {
  it('wakes the log’s own count, and not the board, the roster or the load charts', async () => {
    const { incidentId, carol, carolStay, taskId } = await incidentWithWork();
    // The log count is what the log panel watches: it must wake, or this test proves nothing.
    const logCount = watch(() => db.logCounts.get(incidentId));
    const board = watch(() => readTasks(db, incidentId));
    const roster = watch(() => readRosterInput(db, incidentId));
    const load = watch(() => readLoadLog(db, incidentId));
    await Promise.all([logCount.next(1), board.next(1), roster.next(1), load.next(1)]);

    for (const text of ['DB primary down', 'Failover started', 'Errors falling'])
      await addLogEntry(db, { incidentId, kind: 'fact', text, author: 'Alice' }, ctx());
    await logCount.next(2);
    // The live queries all heard the same commits as the count did: none of them ran again.
    expect([board.runs(), roster.runs(), load.runs()]).toEqual([1, 1, 1]);

    // What they show changes: each wakes.
    await assignTask(db, { taskId, personId: carol }, ctx());
    await Promise.all([board.next(2), load.next(2)]);
    await startRest(db, carolStay, ctx());
    await Promise.all([roster.next(2), load.next(3)]);
    expect(board.values()).toBe(2);
  });

  it('does not wake another incident’s board or load', async () => {
    const { incidentId } = await incidentWithWork();
    const other = await declareIncident(
      db,
      { title: 'Search slow', severity: 'SEV-3', commanderName: 'Dana', summary: '' },
      ctx(),
    );
    const board = watch(() => readTasks(db, incidentId));
    const load = watch(() => readLoadLog(db, incidentId));
    const otherBoard = watch(() => readTasks(db, other));
    await Promise.all([board.next(1), load.next(1), otherBoard.next(1)]);
    await createTask(db, { incidentId: other, title: 'Reindex', category: 'restore-service' }, ctx());
    await otherBoard.next(2);
    expect([board.runs(), load.runs()]).toEqual([1, 1]);
  });
});
