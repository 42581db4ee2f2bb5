/**
 * Exactly-once delivery under faults: the real dispatcher (renderer/src/db/outbox) over IndexedDB
 * (fake-indexeddb in Node), posting through the renderer's own bridge client to the real browser host, whose real WebClient
 * talks to the loopback Slack server with fault injection. At least 20 trials per fault; after each, the
 * broadcast is in its channel exactly once and logged as sent exactly once.
 *
 * "Process killed while sending, then restarted" is modelled inside this process: the dispatcher is abandoned
 * mid-send (it writes nothing more and frees the dispatcher lock, as a closed window's Web Lock is freed), its
 * database connection is closed, and a new dispatcher starts over the same database with a fresh connection.
 * A child process would add nothing here: fake-indexeddb lives in memory, so a killed child would take the
 * outbox with it, which a real disk does not. The kill comes after the post request reached Slack, half the time
 * stored there and half the time cut before storing, the two outcomes a real kill can leave.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startWebHost, type WebHost } from '../../main/web-host';
import { createHandlers } from '../../main/handlers';
import { browserHostPlatform } from '../../main/services/browser-platform';
import { defaultRetryPolicy, inFlightWindowFor } from '../../renderer/src/domain/broadcasts/outbox';
import {
  DEFAULT_TOKEN,
  startSlackServer,
  type FaultInjection,
  type SlackServer,
} from '../fixtures/slack-server';
import { WarRoomDatabase } from '../../renderer/src/db/schema';
import { startDispatcher, type BridgeCall, type Dispatcher } from '../../renderer/src/db/outbox/dispatcher';
import { declareIncident } from '../../renderer/src/db/repositories/incidents';
import { queueBroadcast } from '../../renderer/src/db/repositories/broadcasts';
import { buildBroadcastMessage } from '../../renderer/src/domain/broadcasts/message';
import { call as bridgeCall } from '../../renderer/src/bridge';

const nodeFetch = globalThis.fetch;
const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);

const trials = 20;
/** A short Slack timeout in the host, and the outbox's in-flight window derived from it, keep trials quick. */
const slackTimeoutMs = 500;
const policy = { ...defaultRetryPolicy, inFlightWindowMs: inFlightWindowFor(slackTimeoutMs) };
const channelNames = Array.from({ length: trials }, (_, i) => `stakeholders-${i + 1}`);

/**
 * The page as the browser host serves it, for the real bridge client (renderer/src/bridge.ts) to run in: the
 * built index.html with this launch's token in its meta tag, and `fetch` as the page's browser does it
 * (relative to the page, with the page's Origin). Only the browser is stood in for; the client is the app's own.
 */
async function openPageOf(host: WebHost): Promise<void> {
  const html = await (await nodeFetch(host.url)).text();
  const token = /<meta name="warroom-rpc-token" content="([^"]*)"/.exec(html)?.[1];
  expect(token, 'the served page carries the launch token').toBe(host.token);
  const meta = { getAttribute: (name: string) => (name === 'content' ? (token ?? null) : null) };
  Reflect.set(globalThis, 'window', {});
  Reflect.set(globalThis, 'document', {
    querySelector: (selector: string) => (selector === 'meta[name="warroom-rpc-token"]' ? meta : null),
  });
  Reflect.set(globalThis, 'fetch', (url: string | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('origin', host.origin);
    return nodeFetch(new URL(url, host.url), { ...init, headers });
  });
}

type Rig = {
  slack: SlackServer;
  host: WebHost;
  call: BridgeCall;
  dbName: string;
  db: WarRoomDatabase;
  incidentId: string;
  cleanup: () => Promise<void>;
};

async function rig(name: string): Promise<Rig> {
  const slack = await startSlackServer({ channels: channelNames.map((channel) => ({ name: channel })) });
  const dataFolder = await mkdtemp(join(tmpdir(), 'war-room-faults-'));
  const host = await startWebHost({
    port: 0,
    dataFolder,
    rendererFolder,
    handlers: (folder) =>
      createHandlers({
        identity: { name: 'War Room', version: '1', dataFolder: folder, transport: 'browser-host' },
        platform: browserHostPlatform(folder),
        slackRequestTimeoutMs: slackTimeoutMs,
      }),
  });
  await openPageOf(host);
  const call: BridgeCall = bridgeCall;
  const saved = await call('slack:save-token', { token: DEFAULT_TOKEN, apiUrl: slack.url });
  expect(saved.ok).toBe(true);
  const dbName = `war-room-faults-${name}-${Date.now()}`;
  const db = new WarRoomDatabase(dbName);
  const incidentId = await declareIncident(
    db,
    { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    { now: Date.now(), actor: 'Alice' },
  );
  return {
    slack,
    host,
    call,
    dbName,
    db,
    incidentId,
    cleanup: async () => {
      await host.close();
      await slack.close();
      await rm(dataFolder, { recursive: true, force: true });
    },
  };
}

async function queue(r: Rig, db: WarRoomDatabase, trial: number): Promise<{ id: string; channelId: string }> {
  const channel = r.slack.state.channels.find((c) => c.name === channelNames[trial]);
  if (channel === undefined) throw new Error('seeded channel missing');
  const now = Date.now();
  const message = buildBroadcastMessage({
    template: 'tactical',
    incidentTitle: 'Checkout down',
    severity: 'SEV-1',
    status: 'investigating',
    commanderName: 'Alice',
    sections: { conditions: `Trial ${trial}: error rate 40%` },
    nextUpdateBy: now + 30 * 60_000,
    declaredAt: now,
    now,
  });
  const id = await queueBroadcast(
    db,
    {
      incidentId: r.incidentId,
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
  return { id, channelId: channel.id };
}

/** Messages in the channel carrying this broadcast's id in their metadata: what stakeholders saw. */
function copiesInSlack(r: Rig, channelId: string, broadcastId: string): number {
  return (r.slack.state.messages.get(channelId) ?? []).filter(
    (m) => m.metadata?.event_payload.broadcast_id === broadcastId,
  ).length;
}

async function sentEvents(db: WarRoomDatabase, broadcastId: string): Promise<number> {
  const events = await db.events.where('type').equals('broadcast.sent').toArray();
  return events.filter((e) => e.type === 'broadcast.sent' && e.payload.broadcastId === broadcastId).length;
}

async function waitUntilSent(db: WarRoomDatabase, broadcastId: string): Promise<void> {
  await expect
    .poll(async () => (await db.outbox.where('broadcastId').equals(broadcastId).first())?.state, {
      timeout: 30_000,
    })
    .toBe('sent');
}

async function expectExactlyOnce(r: Rig, db: WarRoomDatabase, sent: { id: string; channelId: string }[]) {
  for (const { id, channelId } of sent) {
    expect(copiesInSlack(r, channelId, id), `copies of ${id} in Slack`).toBe(1);
    expect(await sentEvents(db, id), `log lines for ${id}`).toBe(1);
  }
  const stored = [...r.slack.state.messages.values()].flat().length;
  expect(stored).toBe(sent.length);
}

/** One fault per trial, a fresh channel per trial; the dispatcher runs throughout. */
async function runTrials(name: string, fault: (trial: number) => FaultInjection[]): Promise<void> {
  const r = await rig(name);
  const dispatcher = startDispatcher({ db: r.db, call: r.call, policy });
  try {
    const sent = [];
    for (let trial = 0; trial < trials; trial += 1) {
      for (const injection of fault(trial)) r.slack.inject({ ...injection, method: 'chat.postMessage' });
      const queued = await queue(r, r.db, trial);
      dispatcher.wake();
      await waitUntilSent(r.db, queued.id);
      sent.push(queued);
    }
    await expectExactlyOnce(r, r.db, sent);
  } finally {
    await dispatcher.stop();
    await r.cleanup();
  }
}

test.describe.configure({ mode: 'parallel', timeout: 180_000 });

test(`lost response: ${trials} trials, each broadcast in Slack exactly once`, async () => {
  // Half the time Slack stored the message before the connection was cut, half the time not.
  await runTrials('lost', (trial) => [{ kind: trial % 2 === 0 ? 'drop-after-store' : 'drop-before-store' }]);
});

test(`HTTP 500: ${trials} trials, each broadcast in Slack exactly once`, async () => {
  await runTrials('http500', () => [{ kind: 'http-error', status: 500 }]);
});

test(`429 burst with Retry-After: ${trials} trials, each broadcast in Slack exactly once`, async () => {
  await runTrials('ratelimit', () => [{ kind: 'rate-limit', retryAfter: 1, times: 2 }]);
});

test(`dispatcher killed while sending, then restarted: ${trials} trials, exactly once`, async () => {
  const r = await rig('killed');
  const sent = [];
  let dispatcher: Dispatcher | undefined;
  try {
    for (let trial = 0; trial < trials; trial += 1) {
      const stored = trial % 2 === 0;
      // Stored: Slack keeps the message and holds the answer back; not stored: the connection dies first.
      r.slack.inject(
        stored
          ? { kind: 'delay', ms: 3_000, method: 'chat.postMessage' }
          : { kind: 'drop-before-store', method: 'chat.postMessage' },
      );
      const before = r.slack.state.requests.filter((q) => q.method === 'chat.postMessage').length;
      const doomedDb = new WarRoomDatabase(r.dbName);
      const doomed = startDispatcher({ db: doomedDb, call: r.call, policy });
      const queued = await queue(r, doomedDb, trial);
      doomed.wake();
      // The post has reached Slack (and been stored, or cut): now the process dies.
      await expect
        .poll(() => r.slack.state.requests.filter((q) => q.method === 'chat.postMessage').length, {
          timeout: 10_000,
        })
        .toBeGreaterThan(before);
      if (stored) await expect.poll(() => copiesInSlack(r, queued.channelId, queued.id)).toBe(1);
      doomed.crash();
      doomedDb.close();

      const restartedDb = new WarRoomDatabase(r.dbName);
      dispatcher = startDispatcher({ db: restartedDb, call: r.call, policy });
      await waitUntilSent(restartedDb, queued.id);
      await dispatcher.stop();
      restartedDb.close();
      sent.push(queued);
    }
    const db = new WarRoomDatabase(r.dbName);
    await expectExactlyOnce(r, db, sent);
    db.close();
  } finally {
    await dispatcher?.stop();
    await r.cleanup();
  }
});
