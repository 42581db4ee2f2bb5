import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TaskAssigned } from '../../domain/tasks/events';
import { openTasksByPerson } from '../../domain/tasks/load';
import { projectTask } from '../../domain/tasks/project';
import type { Task } from '../../domain/tasks/types';
import { db } from '../index';
import type { WarRoomDatabase } from '../schema';
import { onTaskEventsRecorded } from '../repositories/task-feed';

function sameTask(a: Task, b: Task): boolean {
  return a.updatedAt === b.updatedAt && (Object.keys(a) as (keyof Task)[]).every((k) => a[k] === b[k]);
}

/** Tasks this window changed since the last read, per incident. */
type Fresh = { incidentId: string; tasks: ReadonlyMap<string, Task> };

/** Shared between the live query and the board's fresh view, so a row read back reuses its object. */
const known = new Map<string, Task>();

/**
 * Reads the incident's task rows in one IndexedDB request. Dexie's live-query bookkeeping walks a
 * cursor and records every key it reads (a tenth of a second for 2,000 rows); the raw index read
 * does not, so the live query below subscribes to the incident's task revision instead.
 */
async function readTaskRows(db: WarRoomDatabase, incidentId: string): Promise<Task[]> {
  const store = db.backendDB().transaction('tasks', 'readonly').objectStore('tasks');
  return new Promise((resolve, reject) => {
    const request = store.index('incidentId').getAll(incidentId);
    request.onsuccess = () => resolve(request.result as Task[]);
    request.onerror = () => reject(request.error ?? new Error('reading the tasks failed'));
  });
}

/**
 * What the board's live query reads: the incident's task revision (the one row it watches: every task
 * event bumps it in the same transaction, and nothing else does, so a log line, a check-in or a broadcast
 * never wakes it), then the rows. A task that did not change keeps its object, so memoised cards skip
 * re-rendering when one of 2,000 changes.
 */
export async function readTasks(db: WarRoomDatabase, incidentId: string): Promise<Task[]> {
  await db.taskRevisions.get(incidentId);
  const rows = await readTaskRows(db, incidentId);
  return rows.map((row) => {
    const before = known.get(row.id);
    if (before !== undefined && sameTask(before, row)) return before;
    known.set(row.id, row);
    return row;
  });
}

/**
 * Every task of the incident, as the store has it; `undefined` while loading. The value is deferred,
 * so React draws urgent work (the card the IC just changed) before recomputing the cockpit.
 */
export function useTasks(incidentId: string): Task[] | undefined {
  const tasks = useLiveQuery(() => readTasks(db, incidentId), [incidentId]);
  return useDeferredValue(tasks);
}

/**
 * The incident's tasks with this window's own changes applied the moment they commit (task-feed.ts),
 * before the live query has read the whole table again. Only the board uses it: the roster and the
 * nudges can wait the tenth of a second; the card the IC just acted on should not.
 */
export function useFreshTasks(
  incidentId: string,
  stored: readonly Task[] | undefined,
): readonly Task[] | undefined {
  const [fresh, setFresh] = useState<Fresh>({ incidentId, tasks: new Map() });
  const lastRead = useRef<readonly Task[] | undefined>(undefined);
  useEffect(() => {
    lastRead.current = stored;
  }, [stored]);

  useEffect(
    () =>
      onTaskEventsRecorded((events) => {
        const mine = events.filter((e) => e.incidentId === incidentId);
        if (mine.length === 0) return;
        // What the live query has caught up with (handed back the very object) is forgotten.
        const read = new Map((lastRead.current ?? []).map((task) => [task.id, task]));
        // Drawn now, before the live query's re-read of the whole table lands on the main thread.
        flushSync(() =>
          setFresh((current) => {
            const kept = current.incidentId === incidentId ? [...current.tasks] : [];
            const tasks = new Map(kept.filter(([id, task]) => read.get(id) !== task));
            for (const event of mine) {
              const id = event.payload.taskId;
              const task = projectTask(tasks.get(id) ?? known.get(id), event);
              tasks.set(id, task);
              // When the live query reads this row back unchanged, it reuses this very object.
              known.set(id, task);
            }
            return { incidentId, tasks };
          }),
        );
      }),
    [incidentId],
  );

  return useMemo(() => {
    if (stored === undefined) return undefined;
    const ahead = fresh.incidentId === incidentId ? fresh.tasks : new Map<string, Task>();
    if (ahead.size === 0) return stored;
    const byId = new Map(stored.map((task) => [task.id, task]));
    for (const [id, task] of ahead) {
      const read = byId.get(id);
      // The live query has caught up once it hands back this object (or a later version).
      if (read === undefined || (read !== task && read.updatedAt <= task.updatedAt)) byId.set(id, task);
    }
    return [...byId.values()];
  }, [stored, fresh, incidentId]);
}

/** Open incident tasks (follow-ups excluded) per owner, for the roster's counts. */
export function useOpenTasksByPerson(incidentId: string): ReadonlyMap<string, number> | undefined {
  const tasks = useTasks(incidentId);
  return useMemo(() => (tasks === undefined ? undefined : openTasksByPerson(tasks)), [tasks]);
}

/**
 * Who held a task, oldest first: one `task.assigned` event per hand-over. Read only when the IC
 * opens the history, since it walks the assignments in the log.
 */
export function useTaskHistory(taskId: string | null): TaskAssigned[] | undefined {
  return useLiveQuery(async () => {
    if (taskId === null) return [];
    const events = await db.events
      .where('type')
      .equals('task.assigned')
      .filter((e) => e.type === 'task.assigned' && e.payload.taskId === taskId)
      .toArray();
    return events.filter((e): e is TaskAssigned => e.type === 'task.assigned').sort((a, b) => a.ts - b.ts);
  }, [taskId]);
}
