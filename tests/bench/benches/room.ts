/**
 * The shared war room on loopback (a real nats-server with JetStream; tests/fixtures/nats-server.ts):
 * - a line typed on one desk, from its Enter until it is painted on another desk (each desk its own
 *   browser host and origin, so its own IndexedDB and its own NATS connection), median and p99;
 * - a desk that missed 10,000 events: from Join until all of them are applied to its tables.
 * Times come from each page's probe (probe.ts), put on one clock with each page's timeOrigin.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { joinRoom as joinOnNats, type RoomEvent } from '../../../main/services/room/room';
import { startWebHost, type WebHost } from '../../../main/web-host';
import { Desk } from '../../e2e/pages/Desk';
import { joinRoom, openIncident, type OpenDesk } from '../../e2e/pages/RoomDesks';
import { startNatsServer } from '../../fixtures/nats-server';
import { benchContext, type Bench, type BenchContext } from '../bench';
import { lineSighted } from '../probe';
import { atMost, type BenchResult } from '../results';
import { median, p99, round } from '../stats';

const changes = 40;
const missed = 10_000;
const title = 'Checkout payments failing';

type Opened = OpenDesk & { close: () => Promise<void> };

/** A desk in the bench's browser: a page on a browser host of its own (its origin, its IndexedDB). */
async function openDesk(context: BenchContext, name: string): Promise<Opened> {
  const folder = await mkdtemp(join(tmpdir(), 'war-room-bench-desk-'));
  const host: WebHost = await startWebHost({
    port: 0,
    dataFolder: folder,
    rendererFolder: context.rendererFolder,
  });
  const page = await context.browser.newPage();
  page.setDefaultTimeout(context.patienceMs);
  const desk = benchContext({ ...context, page, url: host.url });
  await desk.cockpit.open();
  await new Desk(page).answer(name);
  return {
    page,
    cockpit: desk.cockpit,
    host,
    context: context.browser,
    folder,
    close: async () => {
      await page.close();
      await host.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The page's clock (performance.now) as wall time, so two pages' times compare. */
async function timeOrigin(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

async function typeLine(desk: OpenDesk, text: string): Promise<void> {
  const box = desk.cockpit.log.getByLabel('Entry', { exact: true });
  await box.fill(text);
  await box.press('Enter');
}

/** Enter on one desk → the line painted on the other. */
async function changeVisible(context: BenchContext, ic: OpenDesk, scribe: OpenDesk): Promise<number[]> {
  const [icOrigin, scribeOrigin] = [await timeOrigin(ic.page), await timeOrigin(scribe.page)];
  const samples: number[] = [];
  for (let i = 0; i < changes; i += 1) {
    const text = `Room bench line ${i}`;
    const seen = lineSighted(scribe.page, text, context.patienceMs);
    await typeLine(ic, text);
    const typed = await lineSighted(ic.page, text, context.patienceMs);
    const there = await seen;
    if (typed.enterAt === null) throw new Error('the probe saw no Enter on the typing desk');
    samples.push(scribeOrigin + there.paintedAt - (icOrigin + typed.enterAt));
  }
  return samples;
}

/** The room's stream holding an incident of 10,000 events, as desks would have published them. */
async function seedRoom(servers: string): Promise<void> {
  const room = await joinOnNats({ servers, room: 'backlog', credentials: { kind: 'none' }, desk: 'bench' });
  const at = Date.parse('2026-12-08T01:00:00Z');
  const incidentId = '01KBENCHR00M0000000000000A';
  const id = (i: number) => `01KBENCHR00M${String(i).padStart(14, '0')}`;
  const events: RoomEvent[] = [
    {
      id: id(0),
      incidentId,
      ts: at,
      recordedAt: at,
      actor: 'Alice Moreau',
      type: 'incident.declared',
      payload: {
        title: 'Backlog of the room',
        severity: 'SEV-2',
        commanderId: '01KBENCHPER50N00000000000A',
        commanderName: 'Alice Moreau',
        summary: '',
        isDrill: false,
      },
    },
  ];
  for (let i = 1; i < missed; i += 1) {
    events.push({
      id: id(i),
      incidentId,
      ts: at + i * 1_000,
      recordedAt: at + i * 1_000,
      actor: 'Bruno Costa',
      type: 'log.entry-added',
      payload: { kind: 'note', text: `Missed line ${i}`, author: 'Bruno Costa' },
    });
  }
  // In flight together, as many desks publishing at once; each acked before the next batch.
  for (let start = 0; start < events.length; start += 500) {
    await Promise.all(events.slice(start, start + 500).map((event) => room.publish(event)));
  }
  await room.close();
}

/** Join → every one of the room's events applied (the desk's last applied sequence). */
async function catchUp(context: BenchContext, desk: OpenDesk, servers: string): Promise<number> {
  const started = process.hrtime.bigint();
  await joinRoom(desk, servers, 'backlog');
  await desk.page.waitForFunction(
    async (wanted) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('war-room');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('no war-room database'));
      });
      const row = await new Promise<{ appliedSeq?: number } | undefined>((resolve) => {
        const request = db.transaction('roomState').objectStore('roomState').get('room');
        request.onsuccess = () => resolve(request.result as { appliedSeq?: number } | undefined);
        request.onerror = () => resolve(undefined);
      });
      db.close();
      return (row?.appliedSeq ?? 0) >= wanted;
    },
    missed,
    { polling: 50, timeout: context.patienceMs },
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export const roomBench: Bench = {
  name: 'room',
  run: async (context) => {
    const nats = await startNatsServer();
    const opened: Opened[] = [];
    try {
      const ic = await openDesk(context, 'Alice Moreau');
      const scribe = await openDesk(context, 'Bruno Costa');
      opened.push(ic, scribe);
      await joinRoom(ic, nats.url);
      await joinRoom(scribe, nats.url);
      await ic.cockpit.declare({ title, severity: 'SEV-2', commander: 'Alice Moreau' });
      await openIncident(scribe, title);
      context.say(`typing ${changes} lines on one desk, watching the other`);
      const samples = await changeVisible(context, ic, scribe);

      context.say(`publishing ${missed.toLocaleString('en')} events to a room nobody has read`);
      await seedRoom(nats.url);
      const late = await openDesk(context, 'Chloé Martin');
      opened.push(late);
      context.say('a new desk joins and catches up');
      const caughtUpMs = await catchUp(context, late, nats.url);
      return [
        {
          name: 'room.change-visible.median',
          value: round(median(samples), 1),
          unit: 'ms',
          target: atMost(50),
        },
        { name: 'room.change-visible.p99', value: round(p99(samples), 1), unit: 'ms', target: null },
        { name: 'room.catch-up.10k', value: round(caughtUpMs / 1000, 2), unit: 's', target: atMost(5) },
      ] satisfies BenchResult[];
    } finally {
      for (const desk of opened) await desk.close();
      await nats.stop();
    }
  },
};
