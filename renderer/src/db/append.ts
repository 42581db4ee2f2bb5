/**
 * The only way anything is written: append events to the log and apply each through the projector,
 * all in one transaction, so a state row never exists without the event that explains it.
 */
import Dexie from 'dexie';
import { monotonicFactory } from 'ulid';
import type { IncidentEvent, IncidentEventType, EventPayload } from '../domain/log/events';
import { applyEvent } from './projector';
import { announceWhenCommitted, joinedRoom, waitingRow } from './repositories/room-state';
import type { SyncOutboxRow } from './rows';
import { projectedTables, type WarRoomDatabase } from './schema';
import { toStorageError } from './storage-errors';

const nextId = monotonicFactory();

/** Who is recording and when: passed in so tests and replays control time. */
export type RecordContext = { now: number; actor: string };

/** Builds a typed event with a sortable id (ULID). `ts` defaults to the recording time. */
export function newEvent<T extends IncidentEventType>(
  type: T,
  incidentId: string,
  payload: EventPayload<T>,
  context: RecordContext & { ts?: number },
): Extract<IncidentEvent, { type: T }> {
  const event = {
    id: nextId(context.now),
    incidentId,
    ts: context.ts ?? context.now,
    recordedAt: context.now,
    actor: context.actor,
    type,
    payload,
  };
  // The payload type is tied to `type` by EventPayload<T>; TypeScript cannot see through the generic union.
  return event as unknown as Extract<IncidentEvent, { type: T }>;
}

/** A fresh sortable id for a new incident or row. */
export function newId(now: number): string {
  return nextId(now);
}

/**
 * The tables appendEvents writes: a caller that wraps it in its own transaction (to read and decide in
 * the same one) opens it over these, since Dexie refuses a nested transaction wider than its parent.
 */
export function appendTables(db: WarRoomDatabase) {
  return [db.events, db.syncOutbox, db.roomState, ...projectedTables.map((name) => db[name])];
}

/**
 * Appends the events and projects them in one transaction. Events already in the log are skipped,
 * which makes replaying an exported incident (or a retried write) harmless.
 */
export async function appendEvents(db: WarRoomDatabase, events: readonly IncidentEvent[]): Promise<number> {
  try {
    return await db.transaction('rw', appendTables(db), async () => {
      // In a room, each event this desk writes is queued for the room's stream in this same transaction,
      // so none is lost between the log and the outbox. A desk alone pays one read of one row. (What the
      // room sends is applied by repositories/room-apply.ts, never queued again.)
      const room = await joinedRoom(db);
      const queued: SyncOutboxRow[] = [];
      const queuedEvents: IncidentEvent[] = [];
      let applied = 0;
      for (const event of events) {
        if ((await db.events.get(event.id)) !== undefined) continue;
        await db.events.add(event);
        await applyEvent(db, event);
        applied += 1;
        if (room !== null) {
          queued.push(waitingRow(event));
          queuedEvents.push(event);
        }
      }
      if (queued.length > 0) {
        await db.syncOutbox.bulkPut(queued);
        // A caller's wider transaction may hold this one: announced when the whole of it commits.
        announceWhenCommitted(Dexie.currentTransaction?.idbtrans, queuedEvents);
      }
      return applied;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
