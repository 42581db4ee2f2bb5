/**
 * Exactly-once delivery under faults: the real dispatcher (renderer/src/db/outbox) over IndexedDB
 * (fake-indexeddb in Node), posting through the renderer's own bridge client to the real browser host, whose
 * real WebClient talks to the loopback Slack server with fault injection. At least 20 trials per fault, each a broadcast to
 * its own channel whose post meets the fault; afterwards every broadcast is in its channel exactly once and
 * logged as sent exactly once.
 *
 * The 20 broadcasts of a fault are queued together, as an IC's updates to several channels are, so the trials
 * wait out their retries and in-flight windows side by side instead of one after another (the dispatcher
 * serves another channel while one backs off). Each trial's fault is injected for its own channel, so its
 * broadcast's first post meets it whatever order the posts go out in, and the test checks that it did.
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
import { startDispatcher, type BridgeCall } from '../../renderer/src/db/outbox/dispatcher';
import { call as bridgeCall } from '../../renderer/src/bridge';
import { copiesInChannel, declareCheckoutDown, queueUpdate } from '../unit/faults/trials';

const nodeFetch = globalThis.fetch;
const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);

const trials = 20;
/** A short Slack timeout in the host, and the outbox's in-flight window derived from it, as main derives it. */
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
  const incidentId = await declareCheckoutDown(db, Date.now());
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

type Queued = { id: string; channelId: string; faults: number };

function channelOf(r: Rig, trial: number): { id: string; name: string } {
  const channel = r.slack.state.channels.find((c) => c.name === channelNames[trial]);
  if (channel === undefined) throw new Error('seeded channel missing');
  return channel;
}

/** Slack will answer this trial's first posts with these faults (to its channel only), then the update is queued. */
async function queueWithFaults(
  r: Rig,
  db: WarRoomDatabase,
  trial: number,
  faults: FaultInjection[],
): Promise<Queued> {
  const channel = channelOf(r, trial);
  for (const fault of faults) r.slack.inject({ ...fault, method: 'chat.postMessage', channel: channel.id });
  const input = { incidentId: r.incidentId, channelId: channel.id, channelName: channel.name };
  const id = await queueUpdate(db, { ...input, trial, now: Date.now() });
  return { id, channelId: channel.id, faults: faults.reduce((sum, f) => sum + (f.times ?? 1), 0) };
}

const postsTo = (r: Rig, channelId: string) =>
  r.slack.state.requests.filter((q) => q.method === 'chat.postMessage' && q.params.channel === channelId);

async function sentEvents(db: WarRoomDatabase, broadcastId: string): Promise<number> {
  const events = await db.events.where('type').equals('broadcast.sent').toArray();
  return events.filter((e) => e.type === 'broadcast.sent' && e.payload.broadcastId === broadcastId).length;
}

/** Every delivery sent; polled often, so a trial's end is seen when it happens, not up to a second later. */
async function waitUntilAllSent(db: WarRoomDatabase): Promise<void> {
  await expect
    .poll(() => db.outbox.where('state').equals('sent').count(), { timeout: 45_000, intervals: [50] })
    .toBe(trials);
}

async function expectExactlyOnce(r: Rig, db: WarRoomDatabase, sent: Queued[]) {
  for (const { id, channelId, faults } of sent) {
    const met = postsTo(r, channelId).filter((q) => q.fault !== undefined);
    expect(met, `posts of ${id} that met the fault`).toHaveLength(faults);
    expect(copiesInChannel(r.slack, channelId, id), `copies of ${id} in Slack`).toBe(1);
    expect(await sentEvents(db, id), `log lines for ${id}`).toBe(1);
  }
  const stored = [...r.slack.state.messages.values()].flat().length;
  expect(stored).toBe(sent.length);
}

/** One fault per trial, a fresh channel per trial; one dispatcher delivers them all. */
async function runTrials(name: string, fault: (trial: number) => FaultInjection[]): Promise<void> {
  const r = await rig(name);
  const sent: Queued[] = [];
  for (let trial = 0; trial < trials; trial += 1)
    sent.push(await queueWithFaults(r, r.db, trial, fault(trial)));
  const dispatcher = startDispatcher({ db: r.db, call: r.call, policy });
  try {
    await waitUntilAllSent(r.db);
    await expectExactlyOnce(r, r.db, sent);
  } finally {
    await dispatcher.stop();
    await r.cleanup();
  }
}

test.describe.configure({ mode: 'parallel' });

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
  // Each trial: a window opens over the same database, takes up whatever the killed one left half done, the
  // IC queues an update, and the window dies once that post has reached Slack. The next window does not wait
  // for the killed one's deliveries to finish: taking them up without a duplicate is what is tested.
  const r = await rig('killed');
  const sent: Queued[] = [];
  try {
    for (let trial = 0; trial < trials; trial += 1) {
      const stored = trial % 2 === 0;
      const doomedDb = new WarRoomDatabase(r.dbName);
      const doomed = startDispatcher({ db: doomedDb, call: r.call, policy });
      // Stored: Slack keeps the message and holds the answer back; not stored: the connection dies first.
      const queued = await queueWithFaults(r, doomedDb, trial, [
        stored ? { kind: 'delay', ms: 3_000 } : { kind: 'drop-before-store' },
      ]);
      doomed.wake();
      // The post has reached Slack (and been stored, or cut): now the process dies.
      await expect
        .poll(() => postsTo(r, queued.channelId).length, { timeout: 10_000, intervals: [20] })
        .toBeGreaterThan(0);
      if (stored) {
        await expect
          .poll(() => copiesInChannel(r.slack, queued.channelId, queued.id), { intervals: [20] })
          .toBe(1);
      }
      doomed.crash();
      doomedDb.close();
      sent.push(queued);
    }
    // The last restart: a window that stays open delivers whatever is left.
    const db = new WarRoomDatabase(r.dbName);
    const dispatcher = startDispatcher({ db, call: r.call, policy });
    try {
      await waitUntilAllSent(db);
      await expectExactlyOnce(r, db, sent);
    } finally {
      await dispatcher.stop();
      db.close();
    }
  } finally {
    await r.cleanup();
  }
});
