/**
 * A slow Slack must not duplicate an update. The real dispatcher over fake-indexeddb posts through the real
 * handler table and WebClient to the loopback Slack server, which lands each post only after the client has
 * given up (answers 2 s, 5 s, 20 s and 60 s past a 10 s timeout, scaled down to a 200 ms timeout so the suite
 * stays fast). 20 trials per delay, one channel each, all at once: afterwards every update is in its channel
 * exactly once and logged as sent once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../main/handlers';
import { browserHostPlatform } from '../../../main/services/browser-platform';
import type { BridgeResult, MethodName, MethodOutput } from '../../../preload/contract';
import { startDispatcher, type BridgeCall } from '../../../renderer/src/db/outbox/dispatcher';
import type { LockRunner } from '../../../renderer/src/db/outbox/locks';
import { queueBroadcast } from '../../../renderer/src/db/repositories/broadcasts';
import { declareIncident } from '../../../renderer/src/db/repositories/incidents';
import { buildBroadcastMessage } from '../../../renderer/src/domain/broadcasts/message';
import { defaultRetryPolicy, inFlightWindowFor } from '../../../renderer/src/domain/broadcasts/outbox';
import { DEFAULT_TOKEN, startSlackServer, type SlackServer } from '../../fixtures/slack-server';
import { freshDatabase } from '../renderer/db/testDb';

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
/** Each delay runs its own dispatcher over its own database, side by side. */
const ownLock: LockRunner = async (_name, signal, work) => {
  if (!signal.aborted) await work();
};

let server: SlackServer;
let call: BridgeCall;

beforeAll(async () => {
  const channels = delaysPastTimeout.flatMap((d) =>
    Array.from({ length: trials }, (_, i) => ({ name: `late-${d}-${i}` })),
  );
  server = await startSlackServer({ rateLimit: false, channels });
  const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-slow-answer-'));
  const table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
    slackRequestTimeoutMs: timeoutMs,
  });
  call = async <M extends MethodName>(method: M, input: unknown) =>
    (await dispatch(table, method, input)) as BridgeResult<MethodOutput<M>>;
  expect((await call('slack:save-token', { token: DEFAULT_TOKEN, apiUrl: server.url })).ok).toBe(true);
});
afterAll(() => server.close());

function copies(channelId: string, broadcastId: string): number {
  return (server.state.messages.get(channelId) ?? []).filter(
    (m) => m.metadata?.event_payload.broadcast_id === broadcastId,
  ).length;
}

describe.concurrent('a post answered after the client gave up', () => {
  it.each(delaysPastTimeout)(
    '%i ms late (real scale): 20 trials, each update in Slack exactly once',
    async (late) => {
      const db = freshDatabase();
      const now = Date.now();
      const incidentId = await declareIncident(
        db,
        { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
        { now, actor: 'Alice' },
      );
      const channels = server.state.channels.filter((c) => c.name.startsWith(`late-${late}-`));
      for (const _ of channels) {
        server.inject({ kind: 'late-store', ms: timeoutMs + late * scale, method: 'chat.postMessage' });
      }
      const queued = [];
      for (const [trial, channel] of channels.entries()) {
        const message = buildBroadcastMessage({
          template: 'tactical',
          incidentTitle: 'Checkout down',
          severity: 'SEV-1',
          status: 'investigating',
          commanderName: 'Alice',
          sections: { conditions: `Trial ${trial}` },
          nextUpdateBy: null,
          declaredAt: now,
          now,
        });
        const id = await queueBroadcast(
          db,
          {
            incidentId,
            template: 'tactical',
            sections: { conditions: `Trial ${trial}` },
            message,
            channels: [{ channelId: channel.id, channelName: channel.name }],
            nextUpdateBy: null,
            snapshot: {
              status: 'investigating',
              severity: 'SEV-1',
              commanderName: 'Alice',
              openTaskCount: 0,
              latestLogEventId: null,
            },
            trigger: 'manual',
          },
          { now, actor: 'Alice' },
        );
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
          expect(copies(channelId, id), `copies of ${id}`).toBe(1);
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
