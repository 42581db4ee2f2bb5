import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../main/web-host';
import { startNatsServer, type NatsServer } from '../fixtures/nats-server';
import { startTcpProxy, type TcpProxy } from '../fixtures/tcp-proxy';
import { expect, test } from './fixtures';
import { Cockpit } from './pages/Cockpit';
import { Desk } from './pages/Desk';
import { Palette } from './pages/Palette';
import { roomTables } from './pages/roomTables';

// The shared war room with three desks, each its own browser host, profile and NATS connection, against a
// real nats-server with JetStream on loopback: a change on one desk shows on the others; a desk whose
// network drops keeps working, says so, and on reconnect every desk holds the same log and tables, with
// nothing lost or doubled.

const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);
const title = 'Checkout payments failing';

type OpenDesk = { page: Page; cockpit: Cockpit; host: WebHost; context: BrowserContext; folder: string };

let nats: NatsServer;
const desks: OpenDesk[] = [];
test.beforeAll(async () => {
  nats = await startNatsServer();
});
test.afterAll(async () => {
  await nats.stop();
});
test.afterEach(async () => {
  for (const desk of desks.splice(0)) {
    await desk.context.close();
    await desk.host.close();
    await rm(desk.folder, { recursive: true, force: true });
  }
});

async function openDesk(browser: Browser, name: string): Promise<OpenDesk> {
  const folder = await mkdtemp(join(tmpdir(), 'war-room-desk-'));
  const host = await startWebHost({ port: 0, dataFolder: folder, rendererFolder });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const cockpit = new Cockpit(page, host.url);
  const desk = { page, cockpit, host, context, folder };
  desks.push(desk);
  await cockpit.open();
  await new Desk(page).answer(name);
  return desk;
}

async function joinRoom({ page }: OpenDesk, servers: string): Promise<void> {
  await new Palette(page).run('Shared war room');
  const dialog = page.getByRole('dialog', { name: 'Shared war room' });
  await dialog.getByLabel('NATS servers').fill(servers);
  await dialog.getByLabel('Room', { exact: true }).fill('payments');
  await dialog.getByRole('button', { name: 'Join' }).click();
  await expect(dialog.getByText('Connected')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

async function openIncident({ page, cockpit }: OpenDesk): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Incidents' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(cockpit.bar.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

const chip = (page: Page) => page.getByRole('status').filter({ hasText: /Room “payments”|Working offline/ });

test('three desks share one room: changes show on every desk, and a desk cut off catches up', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const proxy: TcpProxy = await startTcpProxy({ host: '127.0.0.1', port: nats.port });
  try {
    const ic = await openDesk(browser, 'Alice Moreau');
    const scribe = await openDesk(browser, 'Bruno Costa');
    const comms = await openDesk(browser, 'Chloé Martin');
    await joinRoom(ic, nats.url);
    await joinRoom(scribe, nats.url);
    await joinRoom(comms, proxy.url);
    await expect(chip(ic.page)).toHaveAccessibleName('Room “payments”: 3 desks here', { timeout: 15_000 });

    await ic.cockpit.declare({ title, severity: 'SEV-2', commander: 'Alice Moreau' });
    await openIncident(scribe);
    await openIncident(comms);

    await scribe.cockpit.addEntry('Note', 'Gateway timeouts since 01:52');
    await expect(ic.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);
    await expect(comms.cockpit.line('Gateway timeouts since 01:52')).toHaveCount(1);

    // Comms loses the network and keeps working; the others carry on without it.
    await proxy.cut();
    await comms.cockpit.addEntry('Note', 'Status page drafted');
    await comms.cockpit.changeSeverity('SEV-1');
    await expect(chip(comms.page)).toHaveAccessibleName(/^Working offline: [2-9] changes waiting$/, {
      timeout: 15_000,
    });
    await expect(chip(comms.page)).toContainText('Changes are kept on this desk.');
    await ic.cockpit.addEntry('Decision', 'Roll back 4.12');
    await ic.cockpit.changeStatus('Identified');
    await expect(scribe.cockpit.line('Roll back 4.12')).toHaveCount(1);
    await expect(scribe.cockpit.line('Status page drafted')).toHaveCount(0);

    // Back on the network: what comms did reaches the room, and what it missed reaches comms.
    await proxy.restore();
    for (const desk of [ic, scribe, comms]) {
      await expect(desk.cockpit.line('Status page drafted')).toHaveCount(1, { timeout: 20_000 });
      await expect(desk.cockpit.line('Roll back 4.12')).toHaveCount(1, { timeout: 20_000 });
      await expect(desk.cockpit.bar.getByRole('combobox', { name: 'Status' })).toHaveText('Identified');
      await expect(desk.cockpit.bar.getByRole('combobox', { name: 'Severity' })).toHaveText('SEV-1');
    }
    await expect(chip(comms.page)).toHaveAccessibleName('Room “payments”: 3 desks here', { timeout: 20_000 });

    // Every desk ends with the same log and the same tables.
    const tables = await Promise.all([ic, scribe, comms].map((desk) => roomTables(desk.page)));
    expect(tables[1]).toEqual(tables[0]);
    expect(tables[2]).toEqual(tables[0]);
  } finally {
    await proxy.stop();
  }
});
