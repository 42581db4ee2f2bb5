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

/**
 * Events that came from the room's stream, the last of them at `seq`: the desk resumes reading after it
 * (never going back, so a batch read twice is harmless), and an event of this desk's own still waiting
 * (published, but the desk stopped before it heard the ack) is now known to be stored. Only the batch's
 * last event's sequence is known here; an earlier one is marked published without one.
 */
export async function recordReceived(
  db: WarRoomDatabase,
  events: readonly IncidentEvent[],
  seq: number,
): Promise<void> {
  const state = await roomStateOf(db);
  if (state.room === null) return;
  if (seq > state.appliedSeq) await db.roomState.put({ ...state, appliedSeq: seq });
  const rows = await db.syncOutbox.bulkGet(events.map((e) => e.id));
  const last = events.length - 1;
  const published = rows.flatMap((row, index) =>
    row?.state === 'waiting'
      ? [{ ...row, state: 'published' as const, seq: index === last ? seq : null }]
      : [],
  );
  if (published.length > 0) await db.syncOutbox.bulkPut(published);
}
