/**
 * This desk's side of the shared war room: joining and leaving a room, and the sync outbox the main
 * process's sync loop drains through the bridge. All device-local rows (not events): the log is the same
 * whether or not a desk is in a room; only what it still owes the room's stream is kept here.
 */
import Dexie from 'dexie';
import type { IncidentEvent } from '../../domain/log/events';
import type { SyncOutboxRow } from '../rows';
import type { WarRoomDatabase } from '../schema';
import { roomStateKey, roomStateOf, waitingRow } from './room-state';

export { joinedRoom, roomStateOf } from './room-state';

/** An event to publish with its outbox row (how often it was tried, why it last failed). */
export type ToPublish = { event: IncidentEvent; row: SyncOutboxRow };

/**
 * This desk joins `room`: from now on every event it writes is queued for the room, and every event
 * already in its log is queued once, so the room gets what was done here before joining. Joining the
 * room already joined changes nothing; joining another one starts afresh (its stream read from the start).
 * Returns how many events were queued.
 */
export async function joinRoomLocally(db: WarRoomDatabase, room: string, now: number): Promise<number> {
  return db.transaction('rw', [db.events, db.syncOutbox, db.roomState], async () => {
    const state = await roomStateOf(db);
    if (state.room === room) return 0;
    await db.syncOutbox.clear();
    await db.roomState.put({ key: roomStateKey, room, joinedAt: now, appliedSeq: 0 });
    const rows: SyncOutboxRow[] = [];
    await db.events.each((event) => {
      rows.push(waitingRow(event, now));
    });
    await db.syncOutbox.bulkAdd(rows);
    return rows.length;
  });
}

/** This desk leaves its room: the log stays as it is; what was still waiting is no longer owed to anyone. */
export async function leaveRoomLocally(db: WarRoomDatabase): Promise<void> {
  await db.transaction('rw', [db.syncOutbox, db.roomState], async () => {
    await db.syncOutbox.clear();
    await db.roomState.put({ key: roomStateKey, room: null, joinedAt: null, appliedSeq: 0 });
  });
}

/**
 * Up to `max` waiting events, oldest first (event ids sort by recording time), for the sync loop to publish.
 * A row whose event is no longer in the log (a restored backup replaced it) is dropped: there is nothing
 * left to publish for it.
 */
export async function nextToPublish(db: WarRoomDatabase, max: number): Promise<ToPublish[]> {
  // Read-only: a read-write transaction over the log would queue behind every write in progress.
  const { rows, events } = await db.transaction('r', [db.events, db.syncOutbox], async () => {
    const waiting = await db.syncOutbox
      .where('[state+eventId]')
      .between(['waiting', Dexie.minKey], ['waiting', Dexie.maxKey])
      .limit(max)
      .toArray();
    return { rows: waiting, events: await db.events.bulkGet(waiting.map((r) => r.eventId)) };
  });
  const gone = rows.filter((_, index) => events[index] === undefined).map((r) => r.eventId);
  if (gone.length > 0) {
    await db.transaction('rw', [db.events, db.syncOutbox], async () => {
      // Checked again in the write: the event may have come back since (a restore, then an import).
      const back = await db.events.bulkGet(gone);
      await db.syncOutbox.bulkDelete(gone.filter((_, index) => back[index] === undefined));
    });
  }
  return rows.flatMap((row, index) => {
    const event = events[index];
    return event === undefined ? [] : [{ event, row }];
  });
}

/**
 * The room's stream has stored the event at `seq` (a "duplicate" ack counts: a publish re-sent after a
 * lost ack is stored once). Marking it again changes nothing, so a retried mark is harmless.
 */
export async function markPublished(db: WarRoomDatabase, eventId: string, seq: number): Promise<void> {
  await db.transaction('rw', db.syncOutbox, async () => {
    const row = await db.syncOutbox.get(eventId);
    if (row?.state !== 'waiting') return;
    await db.syncOutbox.put({ ...row, state: 'sent', seq });
  });
}

/** A publish failed (offline, refused): the event stays waiting, with why and when, to be tried again. */
export async function markFailed(
  db: WarRoomDatabase,
  eventId: string,
  error: string,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.syncOutbox, async () => {
    const row = await db.syncOutbox.get(eventId);
    if (row?.state !== 'waiting') return;
    await db.syncOutbox.put({ ...row, attempts: row.attempts + 1, lastError: error, lastTriedAt: now });
  });
}

/** How many changes this desk still owes the room ("working offline: N changes waiting"). */
export async function waitingCount(db: WarRoomDatabase): Promise<number> {
  return db.syncOutbox.where('state').equals('waiting').count();
}
