/**
 * A slow Slack must not duplicate an update. The real dispatcher over fake-indexeddb posts through the real
 * handler table and WebClient to the loopback Slack server, which lands each post only after the client has
 * given up (answers 2 s, 5 s, 20 s and 60 s past a 10 s timeout, scaled down to a 200 ms timeout so the suite
 * stays fast). 20 trials per delay, one channel each, all at once: afterwards every update is in its channel
 * exactly once and logged as sent once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDispatcher } from '../../../renderer/src/db/outbox/dispatcher';
import { defaultRetryPolicy, inFlightWindowFor } from '../../../renderer/src/domain/broadcasts/outbox';
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
/** Scale of the real figures: a 10 s timeout becomes 200 ms, so 60 s late becomes 1.2 s late. */
const scale = timeoutMs / 10_000;
const trials = 20;
const delaysPastTimeout = [2_000, 5_000, 20_000, 60_000];
const policy = {
  ...defaultRetryPolicy,
  baseDelayMs: 50,
  maxDelayMs: 300,
  inFlightWindowMs: inFlightWindowFor(timeoutMs),
};

let rig: FaultRig;

beforeAll(async () => {
  const names = delaysPastTimeout.flatMap((d) => Array.from({ length: trials }, (_, i) => `late-${d}-${i}`));
  rig = await startFaultRig(timeoutMs, names);
});
afterAll(() => rig.server.close());

describe.concurrent('a post answered after the client gave up', () => {
  it.each(delaysPastTimeout)(
    '%i ms late (real scale): 20 trials, each update in Slack exactly once',
    async (late) => {
      const { server, call } = rig;
      const db = freshDatabase();
      const now = Date.now();
      const incidentId = await declareCheckoutDown(db, now);
      const channels = server.state.channels.filter((c) => c.name.startsWith(`late-${late}-`));
      for (const _ of channels) {
        server.inject({ kind: 'late-store', ms: timeoutMs + late * scale, method: 'chat.postMessage' });
      }
      const queued = [];
      for (const [trial, channel] of channels.entries()) {
        const id = await queueUpdate(db, {
          incidentId,
          channelId: channel.id,
          channelName: channel.name,
          trial,
          now,
        });
        queued.push({ id, channelId: channel.id });
      }
      const dispatcher = startDispatcher({ db, call, policy, lock: ownLock });
      try {
        await expect
          .poll(async () => await db.outbox.where('state').equals('sent').count(), { timeout: 40_000 })
          .toBe(trials);
        // Let any copy still on its way land before counting what stakeholders see.
        await new Promise((resolve) => setTimeout(resolve, timeoutMs + late * scale));
        const sent = await db.events.where('type').equals('broadcast.sent').toArray();
        for (const { id, channelId } of queued) {
          expect(copiesInChannel(server, channelId, id), `copies of ${id}`).toBe(1);
          expect(
            sent.filter((e) => e.type === 'broadcast.sent' && e.payload.broadcastId === id),
          ).toHaveLength(1);
        }
      } finally {
        await dispatcher.stop();
        db.close();
      }
    },
  );
});
