/**
 * This window's own task events, announced the moment their transaction has committed. The board
 * applies them at once instead of waiting for its live query to re-read every task of the incident
 * (2,000 rows: a tenth of a second), so an assignment shows on its card within a frame or two.
 * Changes from elsewhere (another window, a replay) still arrive through the live query.
 */
import type { IncidentEvent } from '../../domain/log/events';
import type { TaskEvent } from '../../domain/tasks/events';
import { appendEvents, appendTables } from '../append';
import type { WarRoomDatabase } from '../schema';

type Listener = (events: readonly TaskEvent[]) => void;

const listeners = new Set<Listener>();

function isTaskEvent(event: IncidentEvent): event is TaskEvent {
  return event.type.startsWith('task.');
}

/** Calls `listener` with each batch of task events this window records; returns how to stop. */
export function onTaskEventsRecorded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Checks and records a change in one read-write transaction: `decide` reads what it needs and
 * returns the events (or throws a refusal, and nothing is written); they are appended through the
 * one appender, then announced to the board.
 */
export async function recordTaskChange(
  db: WarRoomDatabase,
  decide: () => Promise<readonly IncidentEvent[]>,
): Promise<readonly IncidentEvent[]> {
  const tables = appendTables(db);
  const events = await db.transaction('rw', tables, async () => {
    const decided = await decide();
    if (decided.length > 0) await appendEvents(db, decided);
    return decided;
  });
  const recorded = events.filter(isTaskEvent);
  if (recorded.length > 0) for (const listener of listeners) listener(recorded);
  return events;
}
