/**
 * The room this desk has joined, read by the appender in its own transaction: device-local (a row, not an
 * event), since which room a desk sits in is not part of any incident's history.
 */
import type { IncidentEvent } from '../../domain/log/events';
import type { RoomStateRow, SyncOutboxRow } from '../rows';
import type { WarRoomDatabase } from '../schema';

export const roomStateKey = 'room';

type QueuedListener = (events: readonly IncidentEvent[]) => void;
const queuedListeners = new Set<QueuedListener>();

/**
 * Calls `listener` with the events this window's writes have queued for the room, once they are committed:
 * the sync loop publishes them at once, without reading them back. Returns how to stop.
 */
export function onRoomQueued(listener: QueuedListener): () => void {
  queuedListeners.add(listener);
  return () => queuedListeners.delete(listener);
}

/** Announces queued events when the IndexedDB transaction that wrote them completes (never before). */
export function announceWhenCommitted(
  transaction: IDBTransaction | undefined,
  events: readonly IncidentEvent[],
): void {
  transaction?.addEventListener('complete', () => {
    for (const listener of queuedListeners) listener(events);
  });
}

/** The room joined, or null for a desk alone. Call inside a transaction that includes roomState. */
export async function joinedRoom(db: WarRoomDatabase): Promise<string | null> {
  return (await db.roomState.get(roomStateKey))?.room ?? null;
}

/** The room state as stored, or a desk alone's (no room, nothing applied). */
export async function roomStateOf(db: WarRoomDatabase): Promise<RoomStateRow> {
  return (
    (await db.roomState.get(roomStateKey)) ?? { key: roomStateKey, room: null, joinedAt: null, appliedSeq: 0 }
  );
}

/** A fresh outbox row: waiting, never tried. `queuedAt` is when the event was recorded here. */
export function waitingRow(event: IncidentEvent, queuedAt: number = event.recordedAt): SyncOutboxRow {
  return {
    eventId: event.id,
    incidentId: event.incidentId,
    queuedAt,
    attempts: 0,
    lastError: null,
    lastTriedAt: null,
    state: 'waiting',
    seq: null,
  };
}
