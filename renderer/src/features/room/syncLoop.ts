/**
 * Keeps this desk and its room in step while the cockpit is open: a round (syncRound.ts) when the room
 * says it grew (the push channel), as soon as a write here has queued something for the room (told by
 * the appender when it commits), when the desk joins, and every few seconds while in a room whatever
 * happens (a push lost, servers back after an outage). Rounds never overlap: a cue during a round asks
 * for one more after it.
 */
import { liveQuery } from 'dexie';
import { call } from '../../bridge';
import { markPublished } from '../../db/repositories/room';
import { onRoomQueued } from '../../db/repositories/room-state';
import type { WarRoomDatabase } from '../../db/schema';
import { onPush } from '../../push';
import { syncRound, type RoomCalls, type RoundResult } from './syncRound';

/** How often a round runs with no cue: what a lost push or an outage's end costs at most. */
export const roundEveryMs = 5_000;
const fastPublishMax = 100;

const calls: RoomCalls = {
  publish: (input) => call('room:publish', input),
  readAfter: (input) => call('room:read-after', input),
};

export function startSyncLoop(db: WarRoomDatabase, onRound: (result: RoundResult) => void): () => void {
  let running = false;
  let again = false;
  let stopped = false;

  const kick = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      do {
        again = false;
        try {
          onRound(await syncRound(db, calls, Date.now));
        } catch (error) {
          // A storage failure (a full disk): nothing was applied; the next round tries again.
          const problem = error instanceof Error ? error.message : String(error);
          onRound({
            joined: true,
            reached: false,
            published: 0,
            received: 0,
            refused: 0,
            waiting: 0,
            problem,
          });
        }
      } while (again && !stopped);
      running = false;
    })();
  };

  // The push channel and the timer run only while the desk is in a room: a desk alone holds no stream
  // open and asks nothing every few seconds.
  let stopPush: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const listen = (inRoom: boolean): void => {
    if (inRoom && stopPush === null && !stopped) {
      stopPush = onPush((message) => {
        if (message.kind === 'room-changed') kick();
      });
      timer = setInterval(kick, roundEveryMs);
    } else if (!inRoom && stopPush !== null) {
      stopPush();
      stopPush = null;
      if (timer !== null) clearInterval(timer);
      timer = null;
    }
  };
  // A change made here goes to the room the moment it is committed, ahead of the round (which would read
  // it back first); the round then hears it come back. Sent twice by a round at the same moment, it is
  // still stored once: the event's id is its message id.
  const stopQueued = onRoomQueued((events) => {
    // A bulk write (a scenario's events, hundreds at once) is left to the round, in batches.
    if (stopped || events.length > fastPublishMax) return kick();
    void call('room:publish', { events: [...events] }).then(async (answer) => {
      if (answer.ok) for (const { id, seq } of answer.value.published) await markPublished(db, id, seq);
      kick();
    });
  });
  // The outbox's waiting rows and the room row: a write from another window, a join or a leave.
  const watched = liveQuery(async () => ({
    waiting: await db.syncOutbox.where('state').equals('waiting').count(),
    room: (await db.roomState.toArray()).find((row) => row.room !== null)?.room ?? null,
  })).subscribe({
    next: ({ room }) => {
      listen(room !== null);
      kick();
    },
    error: () => undefined,
  });
  kick();
  return () => {
    stopped = true;
    listen(false);
    stopQueued();
    watched.unsubscribe();
  };
}
