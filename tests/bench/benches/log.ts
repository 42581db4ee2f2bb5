/**
 * The incident log at 100,000 entries: does opening it cost more than opening an empty incident,
 * does a typed entry show up within a frame, and does the list stay virtual (few DOM rows)?
 */
import type { Bench, BenchContext } from '../bench';
import { lineSighted, pageIdle, type LineSighting } from '../probe';
import { atMost, type BenchResult } from '../results';
import { seedingSaid, seedLog, type SeededIncident } from '../seed';
import { median, p99, round } from '../stats';

function secondsSince(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

const openings = 5;
const typedEntries = 200;
// Far enough to pass the first pages of 100 entries the list loads, so paging is part of the count.
const scrollSteps = 24;

/**
 * Navigation start → the incident's newest line painted, on the page's own clock (see probe.ts).
 * Measured in the page rather than around page.goto from Node, which would add Playwright's round
 * trips (a few ms each, the same for both incidents) and so pull the ratio towards 1.
 */
async function openIncident(context: BenchContext, incident: SeededIncident): Promise<number> {
  await context.selectIncident(incident.id);
  await context.page.goto(context.url, { waitUntil: 'commit' });
  const sighting = await lineSighted(context.page, incident.newestText, context.patienceMs);
  return sighting.paintedAt;
}

async function checkSeeded(context: BenchContext, busy: SeededIncident): Promise<void> {
  await openIncident(context, busy);
  const count = (await context.page.getByTestId('log-count').textContent()) ?? '';
  if (count.replace(/\D/g, '') !== String(busy.lines)) {
    throw new Error(`the seeded incident shows "${count}", not ${busy.lines} entries: seeding went wrong`);
  }
}

async function measureOpening(
  context: BenchContext,
  busy: SeededIncident,
  quiet: SeededIncident,
): Promise<BenchResult[]> {
  // One unmeasured load each, so neither pays alone for compiling the app's code.
  await openIncident(context, busy);
  await openIncident(context, quiet);
  const busyTimes: number[] = [];
  const quietTimes: number[] = [];
  // Alternating, so a slow stretch of the machine hits both alike.
  for (let i = 0; i < openings; i += 1) {
    busyTimes.push(await openIncident(context, busy));
    quietTimes.push(await openIncident(context, quiet));
  }
  context.say(`open 100k:   ${busyTimes.map((t) => round(t)).join(', ')} ms`);
  context.say(`open empty:  ${quietTimes.map((t) => round(t)).join(', ')} ms`);
  const busyMedian = median(busyTimes);
  const quietMedian = median(quietTimes);
  return [
    { name: 'log.open.100k.median', value: round(busyMedian), unit: 'ms', target: null },
    { name: 'log.open.empty.median', value: round(quietMedian), unit: 'ms', target: null },
    { name: 'log.open.ratio', value: round(busyMedian / quietMedian, 2), unit: 'x', target: atMost(1.2) },
  ];
}

/** Rows in the DOM right after load, and the most seen while scrolling down several pages of entries. */
async function countRows(context: BenchContext, busy: SeededIncident): Promise<BenchResult[]> {
  const { page, cockpit } = context;
  await openIncident(context, busy);
  await pageIdle(page);
  const loaded = await cockpit.logLines.count();
  const scroller = page.getByTestId('log-scroller');
  let most = loaded;
  for (let step = 0; step < scrollSteps; step += 1) {
    await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight * 3));
    // Let the list fetch the next page of entries (IndexedDB) and render it before counting.
    await page.waitForTimeout(150);
    await pageIdle(page);
    most = Math.max(most, await cockpit.logLines.count());
  }
  const depth = await scroller.evaluate((element) => ({
    top: Math.round(element.scrollTop),
    firstRow: element.querySelector('[data-index]')?.getAttribute('data-index') ?? '?',
  }));
  if (depth.top === 0)
    throw new Error('the log did not scroll: is log-scroller still the scrolling element?');
  context.say(
    `rows: ${loaded} after load, at most ${most} while scrolling to ${depth.top}px (row ${depth.firstRow})`,
  );
  return [
    { name: 'log.rows.loaded', value: loaded, unit: 'rows', target: atMost(200) },
    { name: 'log.rows.scrolled', value: most, unit: 'rows', target: atMost(200) },
  ];
}

function entryText(n: number): string {
  const number = String(n).padStart(3, '0');
  return `Bench entry ${number}: checked the payments dashboards, error rate back under 1% after the failover`;
}

type Sighting = { label: string; inDomAt: number; paintedAt: number | null };
type ProbeWindow = { warRoomBench?: { sightings: Map<string, Sighting>; lastEnterAt: number | null } };

/**
 * Runs inside the page: waits, frame by frame, until the probe (probe.ts) has painted the line with
 * `text` and the entry box is empty again (the entry taken), then for the main thread to be idle, and
 * returns the line's times. One round trip where a lineSighted, an expect() polling from Node (100,
 * 250, 500 ms apart) and a pageIdle took several, each slow on a loaded machine; the times are the
 * probe's, noted as things happened, whenever this loop looks.
 */
async function enteredInPage(box: Element, args: { text: string; timeoutMs: number }): Promise<LineSighting> {
  const deadline = performance.now() + args.timeoutMs;
  const probe = (window as unknown as ProbeWindow).warRoomBench;
  if (probe === undefined) throw new Error('the bench probe is not installed in this page');
  const painted = () =>
    [...probe.sightings.values()].find((s) => s.paintedAt !== null && s.label.includes(args.text));
  let line = painted();
  while (line === undefined || (box as HTMLTextAreaElement | HTMLInputElement).value !== '') {
    if (!box.isConnected) throw new Error('the entry box left the page after Enter');
    if (performance.now() > deadline) {
      const what = line === undefined ? `no line "${args.text}" painted` : 'the entry box still full';
      throw new Error(`${what} ${args.timeoutMs} ms after Enter`);
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    line ??= painted();
  }
  await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 }));
  const { label, inDomAt, paintedAt } = line;
  return { label, inDomAt, paintedAt: paintedAt ?? inDomAt, enterAt: probe.lastEnterAt };
}

/** Enter pressed → the new line in the DOM, and → the frame that shows it painted. */
async function measureTyping(context: BenchContext, busy: SeededIncident): Promise<BenchResult[]> {
  const { page, cockpit } = context;
  await openIncident(context, busy);
  await pageIdle(page);
  const entry = cockpit.log.getByLabel('Entry', { exact: true });
  const painted: number[] = [];
  const inDom: number[] = [];
  const typing = process.hrtime.bigint();
  for (let n = 1; n <= typedEntries; n += 1) {
    const text = entryText(n);
    await entry.fill(text);
    // The box has the focus after fill: the IC just presses Enter.
    await page.keyboard.press('Enter');
    // An IC types at human speed: the box is empty and the page idle again before the next entry.
    const sighting = await entry.evaluate(enteredInPage, { text, timeoutMs: context.patienceMs });
    if (sighting.enterAt === null) throw new Error('the probe saw no Enter key');
    painted.push(sighting.paintedAt - sighting.enterAt);
    inDom.push(sighting.inDomAt - sighting.enterAt);
  }
  context.say(
    `typed ${typedEntries} entries in ${round(secondsSince(typing))} s; ` +
      `slowest to paint: ${round(Math.max(...painted))} ms`,
  );
  return [
    { name: 'log.entry.visible.median', value: round(median(painted)), unit: 'ms', target: atMost(16) },
    { name: 'log.entry.visible.p99', value: round(p99(painted)), unit: 'ms', target: atMost(50) },
    { name: 'log.entry.in-dom.median', value: round(median(inDom)), unit: 'ms', target: null },
    { name: 'log.entry.in-dom.p99', value: round(p99(inDom)), unit: 'ms', target: null },
  ];
}

export const logBench: Bench = {
  name: 'log',
  run: async (context) => {
    // The app's first load creates the database (Dexie, schema version 1) that the seed writes into.
    await context.cockpit.open();
    await context.page.waitForFunction(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'war-room' && (d.version ?? 0) > 0),
    );
    const seeded = await seedLog(context.page, Date.now());
    context.say(seedingSaid(seeded));
    await checkSeeded(context, seeded.busy);
    const opening = await measureOpening(context, seeded.busy, seeded.quiet);
    const rows = await countRows(context, seeded.busy);
    // Last: typing adds entries to the big incident, which the other figures must not see.
    const typing = await measureTyping(context, seeded.busy);
    return [...opening, ...typing, ...rows];
  },
};
