import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { startAckDroppingProxy } from '../fixtures/ack-dropping-proxy';
import { startNatsCluster, type NatsCluster } from '../fixtures/nats-cluster';
import { startNatsServer } from '../fixtures/nats-server';
import { expect, test } from './fixtures';
import { joinRoom, openIncident, RoomDesks, roomLine, type OpenDesk } from './pages/RoomDesks';
import { roomTables } from './pages/roomTables';

// The shared war room when NATS itself fails, against real nats-servers on loopback: a three-node
// JetStream cluster that loses a node mid-incident (the room's stream has three copies, so the room goes
// on), and a single server whose ack to a desk is lost (the desk re-sends, the stream keeps one copy).
// Every desk ends with every entry exactly once and the same tables.

const title = 'Checkout payments failing';
const stream = 'WARROOM_PAYMENTS';

let desks: RoomDesks;
test.beforeEach(({ browser }) => {
  desks = new RoomDesks(browser);
});
test.afterEach(async () => {
  await desks.closeAll();
});

/** The room's stream as NATS holds it, read by a client of the test's own, not through any desk. */
type Stored = { id: string; payload?: { text?: unknown } };

async function storedEvents(nc: NatsConnection): Promise<Stored[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(stream);
  const events: Stored[] = [];
  for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq += 1) {
    const message = await jsm.streams.getMessage(stream, { seq });
    if (message !== null) events.push(message.json<Stored>());
  }
  return events;
}

/** Nothing doubled in the stream itself, whatever the desks show: each event id is stored once. */
async function expectEachStoredOnce(nc: NatsConnection, texts: string[]): Promise<void> {
  const events = await storedEvents(nc);
  const ids = events.map((event) => event.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const text of texts) expect(events.filter((event) => event.payload?.text === text)).toHaveLength(1);
}

async function expectSameTables(all: OpenDesk[]): Promise<void> {
  const [first, ...others] = await Promise.all(all.map((desk) => roomTables(desk.page)));
  for (const tables of others) expect(tables).toEqual(first);
}

/** The desks connected to each node, as its monitor counts them (the desks' client is named war-room). */
async function desksOn(cluster: NatsCluster): Promise<number[]> {
  return Promise.all(
    cluster.nodes.map(async (node) => {
      const response = await fetch(`http://127.0.0.1:${node.monitor}/connz`);
      const { connections } = (await response.json()) as { connections: { name?: string }[] };
      return connections.filter((connection) => connection.name === 'war-room').length;
    }),
  );
}

/**
 * The node worth killing: the one leading the room's stream, so the stream must elect a new leader, and
 * with a desk connected to it, so that desk's client must find another server. Which server each desk's
 * client picked is random, so leadership is stepped down until it sits on a node with a desk.
 */
async function nodeToKill(nc: NatsConnection, cluster: NatsCluster): Promise<number> {
  const jsm = await jetstreamManager(nc);
  const connected = await desksOn(cluster);
  for (let attempt = 0; ; attempt += 1) {
    const leader = (await jsm.streams.info(stream)).cluster?.leader ?? '';
    const index = cluster.nodes.findIndex((node) => node.name === leader);
    if (index >= 0 && (connected[index] ?? 0) > 0) return index;
    if (attempt === 8) throw new Error(`The stream's leader (${leader}) never moved to a node with a desk`);
    await nc.request(`$JS.API.STREAM.LEADER.STEPDOWN.${stream}`, undefined, { timeout: 5_000 });
    await expect
      .poll(async () => (await jsm.streams.info(stream)).cluster?.leader ?? '', { timeout: 15_000 })
      .not.toMatch(new RegExp(`^(${leader})?$`));
  }
}

test('the room outlives a NATS node: desks killed off their server carry on, nothing lost or doubled', async () => {
  test.setTimeout(90_000);
  const cluster = await startNatsCluster();
  const nc = await connect({ servers: cluster.urls.split(','), name: 'room-test', maxReconnectAttempts: -1 });
  try {
    const ic = await desks.desk('Alice Moreau');
    const scribe = await desks.desk('Bruno Costa');
    const comms = await desks.desk('Chloé Martin');
    for (const desk of [ic, scribe, comms]) await joinRoom(desk, cluster.urls);
    await expect(roomLine(ic.page)).toHaveAccessibleName('Room “payments”: 3 desks here', {
      timeout: 15_000,
    });
    // The first desk made the stream with three copies: what lets it outlive one node.
    const jsm = await jetstreamManager(nc);
    expect((await jsm.streams.info(stream)).config.num_replicas).toBe(3);

    await ic.cockpit.declare({ title, severity: 'SEV-2', commander: 'Alice Moreau' });
    await openIncident(scribe, title);
    await openIncident(comms, title);
    await scribe.cockpit.addEntry('Note', 'Gateway timeouts since 01:52');
    await expect(ic.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);
    await expect(comms.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);

    const killed = await nodeToKill(nc, cluster);
    test.info().annotations.push({
      type: 'killed',
      description: `${cluster.nodes[killed]?.name ?? '?'}: the stream's leader, with ${
        (await desksOn(cluster))[killed]
      } of 3 desks connected`,
    });
    await cluster.kill(killed);

    // Every desk keeps writing straight after the kill, whether its own server is gone or not.
    const after = [
      [ic, 'Decision: roll back 4.12'],
      [scribe, 'Error rate back under 1%'],
      [comms, 'Status page updated'],
    ] as const;
    for (const [desk, text] of after) await desk.cockpit.addEntry('Note', text);
    for (const desk of [ic, scribe, comms]) {
      for (const [, text] of after) {
        // A client finds another server within seconds; the stream elects a new leader meanwhile.
        await expect(desk.cockpit.line(text)).toHaveCount(1, { timeout: 30_000 });
      }
      await expect(desk.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);
      // Who is here is kept in three copies too: every desk still sees the other two.
      await expect(roomLine(desk.page)).toHaveAccessibleName('Room “payments”: 3 desks here', {
        timeout: 30_000,
      });
    }

    // The node comes back with its store and catches up; the room carries on across all three.
    await cluster.start(killed);
    await comms.cockpit.addEntry('Note', 'Node back in the cluster');
    for (const desk of [ic, scribe, comms]) {
      await expect(desk.cockpit.line('Node back in the cluster')).toHaveCount(1, { timeout: 20_000 });
    }

    await expectEachStoredOnce(nc, [
      'Gateway timeouts since 01:52',
      ...after.map(([, text]) => text),
      'Node back in the cluster',
    ]);
    // Whatever a desk still owed has been sent once every desk shows every entry; tables then agree.
    await expect(async () => expectSameTables([ic, scribe, comms])).toPass({ timeout: 15_000 });
  } finally {
    await nc.close();
    await cluster.stop();
  }
});

test('a publish whose ack was lost is re-sent and not doubled', async () => {
  test.setTimeout(90_000);
  const nats = await startNatsServer();
  const proxy = await startAckDroppingProxy({ host: '127.0.0.1', port: nats.port });
  const nc = await connect({ servers: nats.url, name: 'room-test' });
  const text = 'Card processor paged';
  try {
    const ic = await desks.desk('Alice Moreau');
    const scribe = await desks.desk('Bruno Costa');
    await joinRoom(ic, proxy.url);
    await joinRoom(scribe, nats.url);
    await expect(roomLine(ic.page)).toHaveAccessibleName('Room “payments”: 2 desks here', {
      timeout: 15_000,
    });
    await ic.cockpit.declare({ title, severity: 'SEV-2', commander: 'Alice Moreau' });
    await openIncident(scribe, title);

    // The IC's bytes reach the server; the server's answers, the ack among them, never reach the IC.
    proxy.dropReplies();
    await ic.cockpit.addEntry('Note', text);
    await expect.poll(() => proxy.sent(text), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    // Stored: the scribe, on its own connection, reads it from the stream.
    await expect(scribe.cockpit.line(text)).toHaveCount(1);
    // Unacked: the IC's publish times out, so the desk still counts the entry as owed.
    await expect(roomLine(ic.page)).toHaveAccessibleName(/^Working offline: [1-9] changes? waiting$/, {
      timeout: 20_000,
    });

    // The connection dies; the IC's client reconnects through the relay, now whole again.
    proxy.cutAndRestore();
    await expect(roomLine(ic.page)).toHaveAccessibleName('Room “payments”: 2 desks here', {
      timeout: 20_000,
    });
    // Re-sent at least once after the first publish, and answered "duplicate" rather than stored again.
    expect(proxy.sent(text)).toBeGreaterThanOrEqual(2);
    for (const desk of [ic, scribe]) await expect(desk.cockpit.line(text)).toHaveCount(1);
    await expectEachStoredOnce(nc, [text]);
    await expect(async () => expectSameTables([ic, scribe])).toPass({ timeout: 15_000 });
  } finally {
    await nc.close();
    await proxy.stop();
    await nats.stop();
  }
});
