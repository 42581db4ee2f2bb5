/**
 * Keeps this desk and its room in step while the cockpit is open: a round (syncRound.ts) when the room
 * says it grew (the push channel), when this desk writes something the room is owed, when the desk joins,
 * and every few seconds whatever happens (a push lost, servers back after an outage). Rounds never
 * overlap: a cue during a round asks for one more after it.
 */
import { liveQuery } from 'dexie';
import { call } from '../../bridge';
import type { WarRoomDatabase } from '../../db/schema';
import { onPush } from '../../push';
import { syncRound, type RoomCalls, type RoundResult } from './syncRound';

/** How often a round runs with no cue: what a lost push or an outage's end costs at most. */
export const roundEveryMs = 5_000;

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

  const stopPush = onPush((message) => {
    if (message.kind === 'room-changed') kick();
  });
  // The outbox's waiting rows and the room row: a write here, a join or a leave each start a round.
  const watched = liveQuery(async () => [
    await db.syncOutbox.where('state').equals('waiting').count(),
    (await db.roomState.toArray()).map((row) => row.room).join(),
  ]).subscribe({ next: kick, error: () => undefined });
  const timer = setInterval(kick, roundEveryMs);
  kick();
  return () => {
    stopped = true;
    stopPush();
    watched.unsubscribe();
    clearInterval(timer);
  };
}
