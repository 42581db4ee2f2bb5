import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../../main/web-host';
import { Cockpit } from './Cockpit';
import { Desk } from './Desk';
import { Palette } from './Palette';

// WARROOM_RENDERER_DIR as in fixtures.ts: a renderer built elsewhere, while another build is under way.
const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../../dist/renderer'),
);

/** One desk of a shared war room: its own browser host, data folder and browser profile. */
export type OpenDesk = {
  page: Page;
  cockpit: Cockpit;
  host: WebHost;
  context: BrowserContext;
  folder: string;
};

/** The desks a test opened, closed together when it ends. */
export class RoomDesks {
  private readonly open: OpenDesk[] = [];

  constructor(private readonly browser: Browser) {}

  /** A fresh desk with `name` answered as who sits at it. */
  async desk(name: string): Promise<OpenDesk> {
    const folder = await mkdtemp(join(tmpdir(), 'war-room-desk-'));
    const host = await startWebHost({ port: 0, dataFolder: folder, rendererFolder });
    const context = await this.browser.newContext({
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    const cockpit = new Cockpit(page, host.url);
    const desk = { page, cockpit, host, context, folder };
    this.open.push(desk);
    await cockpit.open();
    await new Desk(page).answer(name);
    return desk;
  }

  async closeAll(): Promise<void> {
    for (const desk of this.open.splice(0)) {
      await desk.context.close();
      await desk.host.close();
      await rm(desk.folder, { recursive: true, force: true });
    }
  }
}

/** Joins room `room` from the palette through `servers` (comma-separated), as the IC would. */
export async function joinRoom({ page }: OpenDesk, servers: string, room = 'payments'): Promise<void> {
  await new Palette(page).run('Shared war room');
  const dialog = page.getByRole('dialog', { name: 'Shared war room' });
  await dialog.getByLabel('NATS servers').fill(servers);
  await dialog.getByLabel('Room', { exact: true }).fill(room);
  await dialog.getByRole('button', { name: 'Join' }).click();
  // Joining is network work (connect, find the stream, say this desk is here): slower on a busy machine.
  await expect(dialog.getByText('Connected')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the incident titled `title` from the incident list, once another desk's declaration has arrived. */
export async function openIncident({ page, cockpit }: OpenDesk, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Incidents' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(cockpit.bar.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

/** The room's line under the incident list; its accessible name is the line itself, without the why. */
export function roomLine(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /Room “|Working offline/ });
}
