import { startNatsServer, type NatsServer } from '../fixtures/nats-server';
import { startTcpProxy, type TcpProxy } from '../fixtures/tcp-proxy';
import { expect, test } from './fixtures';
import { joinRoom, openIncident, RoomDesks, roomLine } from './pages/RoomDesks';
import { roomTables } from './pages/roomTables';

// The shared war room with three desks, each its own browser host, profile and NATS connection, against a
// real nats-server with JetStream on loopback: a change on one desk shows on the others; a desk whose
// network drops keeps working, says so, and on reconnect every desk holds the same log and tables, with
// nothing lost or doubled.

const title = 'Checkout payments failing';

let nats: NatsServer;
let desks: RoomDesks;
test.beforeAll(async () => {
  nats = await startNatsServer();
});
test.afterAll(async () => {
  await nats.stop();
});
test.beforeEach(({ browser }) => {
  desks = new RoomDesks(browser);
});
test.afterEach(async () => {
  await desks.closeAll();
});

test('three desks share one room: changes show on every desk, and a desk cut off catches up', async () => {
  test.setTimeout(120_000);
  const proxy: TcpProxy = await startTcpProxy({ host: '127.0.0.1', port: nats.port });
  try {
    const ic = await desks.desk('Alice Moreau');
    const scribe = await desks.desk('Bruno Costa');
    const comms = await desks.desk('Chloé Martin');
    await joinRoom(ic, nats.url);
    await joinRoom(scribe, nats.url);
    await joinRoom(comms, proxy.url);
    await expect(roomLine(ic.page)).toHaveAccessibleName('Room “payments”: 3 desks here', {
      timeout: 15_000,
    });

    await ic.cockpit.declare({ title, severity: 'SEV-2', commander: 'Alice Moreau' });
    await openIncident(scribe, title);
    await openIncident(comms, title);

    await scribe.cockpit.addEntry('Note', 'Gateway timeouts since 01:52');
    await expect(ic.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);
    await expect(comms.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);

    // Comms loses the network and keeps working; the others carry on without it.
    await proxy.cut();
    await comms.cockpit.addEntry('Note', 'Status page drafted');
    await comms.cockpit.changeSeverity('SEV-1');
    await expect(roomLine(comms.page)).toHaveAccessibleName(/^Working offline: [2-9] changes waiting$/, {
      timeout: 15_000,
    });
    await expect(roomLine(comms.page)).toContainText('Changes are kept on this desk.');
    await ic.cockpit.addEntry('Decision', 'Roll back 4.12');
    await ic.cockpit.changeStatus('Identified');
    // The IC lowers the severity, not knowing comms raised it: a conflict, which the room's order settles.
    await ic.cockpit.changeSeverity('SEV-3');
    await expect(scribe.cockpit.line('Roll back 4.12')).toHaveCount(1);
    await expect(scribe.cockpit.line('Status page drafted')).toHaveCount(0);

    // Back on the network: what comms did reaches the room, and what it missed reaches comms.
    await proxy.restore();
    for (const desk of [ic, scribe, comms]) {
      await expect(desk.cockpit.line('Status page drafted')).toHaveCount(1, { timeout: 20_000 });
      await expect(desk.cockpit.line('Roll back 4.12')).toHaveCount(1, { timeout: 20_000 });
      await expect(desk.cockpit.bar.getByRole('combobox', { name: 'Status' })).toHaveText('Identified');
      // Comms's change reached the room last, so it stands; the IC's is in the log, not dropped.
      await expect(desk.cockpit.bar.getByRole('combobox', { name: 'Severity' })).toHaveText('SEV-1');
      await expect(
        desk.cockpit.line(
          'Conflict while apart: Alice Moreau set the severity to SEV-3, Chloé Martin to SEV-1; Chloé Martin’s stands, the later in the room',
        ),
      ).toHaveCount(1, { timeout: 20_000 });
    }
    await expect(roomLine(comms.page)).toHaveAccessibleName('Room “payments”: 3 desks here', {
      timeout: 20_000,
    });

    // Every desk ends with the same log and the same tables.
    const tables = await Promise.all([ic, scribe, comms].map((desk) => roomTables(desk.page)));
    expect(tables[1]).toEqual(tables[0]);
    expect(tables[2]).toEqual(tables[0]);
  } finally {
    await proxy.stop();
  }
});
