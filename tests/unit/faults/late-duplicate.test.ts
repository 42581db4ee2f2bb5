/**
 * A copy that lands after the in-flight window is removed. The outbox waits out the window before posting
 * again, but a Slack answer can come later still: here the first post lands 650 ms after it started, past a
 * 400 ms window, after the outbox gave up on it and posted again, so a second copy really reaches the channel.
 * The check a window after the send finds both, deletes the late one (the bot's own message) and logs it:
 * afterwards every update is in its channel exactly once (0 duplicates left, 0 lost), and the log says so.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDispatcher } from '../../../renderer/src/db/outbox/dispatcher';
import { defaultRetryPolicy } from '../../../renderer/src/domain/broadcasts/outbox';
import { freshDatabase } from '../renderer/db/testDb';
import {
  copiesInChannel,
  declareCheckoutDown,
  ownLock,
  queueUpdate,
  startFaultRig,
  type FaultRig,
} from './rig';

const timeoutMs = 200;
/** Shorter than the lateness below on purpose: the outbox posts again before the first post lands. */
const inFlightWindowMs = 400;
const landsAfterMs = 650;
const trials = 20;
const policy = {
  ...defaultRetryPolicy,
  baseDelayMs: 50,
  maxDelayMs: 300,
  channelSpacingMs: 50,
  inFlightWindowMs,
};
const names = Array.from({ length: trials }, (_, i) => `late-copy-${i}`);

let rig: FaultRig;
beforeAll(async () => {
  rig = await startFaultRig(timeoutMs, names);
});
afterAll(() => rig.server.close());

it(`${trials} trials of a post landing after the window: each update in Slack once, the extra copy removed and logged`, async () => {
  const { server, call } = rig;
  for (const _ of names) {
    server.inject({ kind: 'late-store', ms: landsAfterMs, method: 'chat.postMessage' });
  }
  const runs = await Promise.all(
    server.state.channels.map(async (channel, trial) => {
      const db = freshDatabase();
      const now = Date.now();
      const incidentId = await declareCheckoutDown(db, now);
      const id = await queueUpdate(db, {
        incidentId,
        channelId: channel.id,
        channelName: channel.name,
        trial,
        now,
      });
      return {
        db,
        id,
        channelId: channel.id,
        dispatcher: startDispatcher({ db, call, policy, lock: ownLock }),
      };
    }),
  );
  try {
    for (const { db, id, channelId } of runs) {
      // Done when the row is sent and nothing is left to check.
      await expect
        .poll(
          async () => {
            const row = await db.outbox.where('broadcastId').equals(id).first();
            return row?.state === 'sent' && row.checkAt === undefined;
          },
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(copiesInChannel(server, channelId, id), `copies of ${id}`).toBe(1);
      const sent = await db.events.where('type').equals('broadcast.sent').count();
      expect(sent, `sent lines for ${id}`).toBe(1);
    }
    const posts = server.state.requests.filter((r) => r.method === 'chat.postMessage').length;
    const deletes = server.state.requests.filter((r) => r.method === 'chat.delete' && r.status === 200);
    const removedLines = (
      await Promise.all(
        runs.map(({ db }) => db.events.where('type').equals('broadcast.duplicate-removed').toArray()),
      )
    ).flat();
    // The fault did what it is for: second posts were made, their copies landed, and each was taken back.

    expect(posts).toBeGreaterThan(trials);
    expect(removedLines.length).toBe(posts - trials);
    expect(deletes.length).toBe(removedLines.length);
    for (const { db, id, channelId } of runs) {
      const [line] = await db.events.where('type').equals('broadcast.duplicate-removed').toArray();
      if (line?.type !== 'broadcast.duplicate-removed') continue;
      // The copy left is the one the log links to; the removed one is another.
      const left = (server.state.messages.get(channelId) ?? []).find(
        (m) => m.metadata?.event_payload.broadcast_id === id,
      );
      expect(line.payload.keptTs).toBe(left?.ts);
      expect(line.payload.ts).not.toBe(left?.ts);
    }
  } finally {
    for (const { db, dispatcher } of runs) {
      await dispatcher.stop();
      db.close();
    }
  }
}, 60_000);
