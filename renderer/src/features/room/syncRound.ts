/**
 * One round of the shared war room's sync: publish what this desk owes the room, then read what the room
 * has after the last applied sequence and apply it. Publishing first means this desk's own changes come
 * back in the same read with their place in the stream, so an incident is replayed at most once a round.
 * A failure stops the round and leaves everything where it was: the outbox keeps what is owed, the last
 * applied sequence says where to read from, and the next round carries on.
 */
import type { BridgeResult, MethodInput, MethodOutput } from '../../../../preload/contract';
import { applyFromRoom } from '../../db/repositories/room-apply';
import {
  markFailed,
  markPublished,
  nextToPublish,
  roomStateOf,
  waitingCount,
} from '../../db/repositories/room';
import type { WarRoomDatabase } from '../../db/schema';
import { eventSchema } from '../../domain/backup/event-schemas';
import type { IncidentEvent } from '../../domain/log/events';
import type { Sequenced } from '../../domain/room/order';

/** The two calls a round makes; the bridge in the app, the same methods over a test's own server in tests. */
export type RoomCalls = {
  publish: (input: MethodInput<'room:publish'>) => Promise<BridgeResult<MethodOutput<'room:publish'>>>;
  readAfter: (
    input: MethodInput<'room:read-after'>,
  ) => Promise<BridgeResult<MethodOutput<'room:read-after'>>>;
};

export type RoundResult = {
  /** False when this desk is in no room: nothing was tried. */
  joined: boolean;
  /** False when a call failed: this desk is working offline until a round gets through. */
  reached: boolean;
  published: number;
  received: number;
  /** Events from the room that are not War Room events this version knows: skipped, counted here. */
  refused: number;
  waiting: number;
  /** Why the last call failed, in main's words. */
  problem: string | null;
};

const publishBatch = 100;
const readBatch = 500;

/** Room events that are well-formed log events; anything else is skipped (it cannot be projected). */
function parsed(events: MethodOutput<'room:read-after'>['events']): { ok: Sequenced[]; refused: number } {
  const ok: Sequenced[] = [];
  let refused = 0;
  for (const { seq, event } of events) {
    const result = eventSchema.safeParse(event);
    // The schemas accept exactly IncidentEvent (event-schemas.ts checks it at compile time).
    if (result.success) ok.push({ seq, event: result.data as IncidentEvent });
    else refused += 1;
  }
  return { ok, refused };
}

export async function syncRound(
  db: WarRoomDatabase,
  calls: RoomCalls,
  now: () => number,
): Promise<RoundResult> {
  const result: RoundResult = {
    joined: true,
    reached: true,
    published: 0,
    received: 0,
    refused: 0,
    waiting: 0,
    problem: null,
  };
  if ((await roomStateOf(db)).room === null) return { ...result, joined: false, reached: false };

  for (;;) {
    const owed = await nextToPublish(db, publishBatch);
    if (owed.length === 0) break;
    const answer = await calls.publish({ events: owed.map((o) => o.event) });
    if (!answer.ok) {
      for (const { event } of owed) await markFailed(db, event.id, answer.error.message, now());
      result.reached = false;
      result.problem = answer.error.message;
      break;
    }
    for (const { id, seq } of answer.value.published) await markPublished(db, id, seq);
    result.published += answer.value.published.length;
  }

  if (result.reached) {
    for (;;) {
      const { appliedSeq } = await roomStateOf(db);
      const answer = await calls.readAfter({ afterSeq: appliedSeq, max: readBatch });
      if (!answer.ok) {
        result.reached = false;
        result.problem = answer.error.message;
        break;
      }
      const { events } = answer.value;
      if (events.length === 0) break;
      const { ok, refused } = parsed(events);
      result.refused += refused;
      const lastSeq = events[events.length - 1]?.seq ?? appliedSeq;
      result.received += await applyFromRoom(db, ok, now(), lastSeq);
      if (events.length < readBatch) break;
    }
  }
  result.waiting = await waitingCount(db);
  return result;
}
