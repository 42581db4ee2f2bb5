/**
 * Events from the room's stream into this desk's log, through the one projector, in one transaction. The
 * stream decides the order every desk projects in (domain/room/order.ts), so every desk ends with the same
 * tables: an incident whose new events all come after what this desk projected gets them applied on top;
 * one where a received event belongs before something already projected here (this desk's own change,
 * stored by the stream after another desk's) has its rows cleared and all its events replayed in stream
 * order. The outbox keeps each event's sequence (this desk's own as acked, everyone else's as received),
 * which is what a replay orders by.
 */
import type { IncidentEvent } from '../../domain/log/events';
import { findConflicts } from '../../domain/room/conflicts';
import { projectionOrder, type Placed, type Sequenced } from '../../domain/room/order';
import { conflictEvent } from '../../domain/room/record';
import { directoryStream } from '../../domain/roster/types';
import { appendTables } from '../append';
import { applyEvent } from '../projector';
import type { SyncOutboxRow } from '../rows';
import type { WarRoomDatabase } from '../schema';
import { toStorageError } from '../storage-errors';
import { clearStream } from './backup-streams';
import { replayEvents } from './replay-buffer';
import { roomStateOf, waitingRow } from './room-state';

/** The decisions a conflict can be between (domain/room/conflicts.ts), read by index, not the whole log. */
const decisionTypes = [
  'incident.declared',
  'incident.status-changed',
  'incident.severity-changed',
  'task.created',
  'task.assigned',
  'task.status-changed',
  'responder.checked-in',
  'responder.checked-out',
  'command.handed-over',
] as const;

const replayChunk = 500;

function sequencedRow(event: IncidentEvent, seq: number, now: number): SyncOutboxRow {
  return { ...waitingRow(event, now), state: 'published', seq };
}

/** The incident's events in the order the room says: by sequence, then this desk's unpublished ones. */
async function roomOrderOf(db: WarRoomDatabase, stream: string): Promise<IncidentEvent[]> {
  const events = await db.events.where('incidentId').equals(stream).toArray();
  events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = await db.syncOutbox.bulkGet(events.map((event) => event.id));
  const placed: Placed[] = events.map((event, index) => ({ event, seq: rows[index]?.seq ?? null }));
  return projectionOrder(placed).map((p) => p.event);
}

/**
 * Applies `received` (in stream order, as read after the last applied sequence). A batch, or part of one,
 * read again is harmless: sequences at or below the last applied are skipped, events are kept once by id.
 * Returns how many events were new to this desk.
 */
export async function applyFromRoom(
  db: WarRoomDatabase,
  received: readonly Sequenced[],
  now: number,
  /** The stream's last sequence read, when past the last received (a skipped event came after it). */
  readTo = 0,
): Promise<number> {
  try {
    return await db.transaction('rw', appendTables(db), async () => {
      const state = await roomStateOf(db);
      if (state.room === null) return 0;
      const batch = received.filter((r) => r.seq > state.appliedSeq).sort((a, b) => a.seq - b.seq);
      if (batch.length === 0) {
        if (readTo <= state.appliedSeq) return 0;
        await db.roomState.put({ ...state, appliedSeq: readTo });
        return 0;
      }

      const here = await db.events.bulkGet(batch.map((r) => r.event.id));
      const fresh = batch.filter((_, index) => here[index] === undefined);
      // A stream whose first new event comes before something this desk has already projected (its own
      // change, unpublished or stored later) is replayed; the others get their events on top.
      const firstFresh = new Map<string, number>();
      for (const { event, seq } of fresh) {
        if (!firstFresh.has(event.incidentId)) firstFresh.set(event.incidentId, seq);
      }
      const ahead = await db.syncOutbox.where('state').anyOf('waiting', 'sent').toArray();
      const replayed = new Set<string>();
      for (const row of ahead) {
        const first = firstFresh.get(row.incidentId);
        if (first !== undefined && (row.seq === null || row.seq > first)) replayed.add(row.incidentId);
      }
      if (replayed.has(directoryStream)) {
        // A correction made from an incident's roster writes the directory too: its incident is replayed
        // with the directory, as the backup import does.
        const corrections = await db.events.where('type').equals('person.details-changed').toArray();
        for (const event of corrections) replayed.add(event.incidentId);
      }

      // Every event's place in the stream, this desk's own included (its ack may have been lost).
      // An event the stream stored twice (re-sent after its duplicate window) keeps its first place.
      const held = await db.syncOutbox.bulkGet(batch.map((r) => r.event.id));
      await db.syncOutbox.bulkPut(
        batch.map(({ event, seq }, index) => {
          const row = held[index];
          if (row === undefined) return sequencedRow(event, seq, now);
          return { ...row, state: 'published' as const, seq: Math.min(row.seq ?? seq, seq) };
        }),
      );
      await db.events.bulkAdd(fresh.map((r) => r.event));
      // Through the replay buffer: a desk catching up on thousands of events writes each row once a chunk.
      await replayEvents(
        db,
        fresh.filter((r) => !replayed.has(r.event.incidentId)).map((r) => r.event),
        { every: replayChunk },
      );
      for (const stream of replayed) {
        const events = await roomOrderOf(db, stream);
        await clearStream(db, stream, events);
        await replayEvents(db, events, { every: replayChunk });
      }
      await recordConflicts(db, new Set(fresh.map((r) => r.event.incidentId)), now);
      const appliedSeq = Math.max(batch[batch.length - 1]?.seq ?? state.appliedSeq, readTo);
      await db.roomState.put({ ...state, appliedSeq });
      return fresh.length;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Writes to the log each conflict among the incidents' decisions the room has stored and this desk has
 * read back (their order is final: the stream's prefix never changes), once: a conflict already in the
 * log, written here or received, is not written again. Each is queued for the room like any change of
 * this desk's, and applied through the projector for its repairs.
 */
async function recordConflicts(
  db: WarRoomDatabase,
  incidents: ReadonlySet<string>,
  now: number,
): Promise<void> {
  for (const incidentId of incidents) {
    const decisions = (
      await Promise.all(
        decisionTypes.map((type) =>
          db.events.where('[incidentId+type]').equals([incidentId, type]).toArray(),
        ),
      )
    ).flat();
    if (decisions.length < 2) continue;
    const rows = await db.syncOutbox.bulkGet(decisions.map((e) => e.id));
    const settled = decisions
      .map((event, index) => ({ event, row: rows[index] }))
      .filter((d) => d.row?.state === 'published' && d.row.seq !== null)
      .sort((a, b) => (a.row?.seq ?? 0) - (b.row?.seq ?? 0))
      .map((d) => d.event);
    for (const conflict of findConflicts(settled)) {
      const event = conflictEvent(conflict);
      if ((await db.events.get(event.id)) !== undefined) continue;
      await db.events.add(event);
      await applyEvent(db, event);
      await db.syncOutbox.put(waitingRow(event, now));
    }
  }
}
