/**
 * The incident log at 100,000 entries: does opening it cost more than opening an empty incident,
 * does a typed entry show up within a frame, and does the list stay virtual (few DOM rows)?
 */
import { expect } from '@playwright/test';
import type { Bench, BenchContext } from '../bench';
import { lineSighted, pageIdle } from '../probe';
import { atMost, type BenchResult } from '../results';
import { seedLog, type SeededIncident } from '../seed';
import { median, p99, round } from '../stats';

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

/** Enter pressed → the new line in the DOM, and → the frame that shows it painted. */
async function measureTyping(context: BenchContext, busy: SeededIncident): Promise<BenchResult[]> {
  const { page, cockpit } = context;
  await openIncident(context, busy);
  await pageIdle(page);
  const entry = cockpit.log.getByLabel('Entry', { exact: true });
  const painted: number[] = [];
  const inDom: number[] = [];
  for (let n = 1; n <= typedEntries; n += 1) {
    const text = entryText(n);
    await entry.fill(text);
    await entry.press('Enter');
    const sighting = await lineSighted(page, text, context.patienceMs);
    if (sighting.enterAt === null) throw new Error('the probe saw no Enter key');
    painted.push(sighting.paintedAt - sighting.enterAt);
    inDom.push(sighting.inDomAt - sighting.enterAt);
    await expect(entry).toHaveValue('', { timeout: context.patienceMs });
    // An IC types at human speed: the page is idle again before the next entry.
    await pageIdle(page);
  }
  context.say(`typed ${typedEntries} entries; slowest to paint: ${round(Math.max(...painted))} ms`);
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
    context.say(
      `seeded ${seeded.busy.lines} + ${seeded.quiet.lines} log entries in ${round(seeded.seconds)} s`,
    );
    await checkSeeded(context, seeded.busy);
    const opening = await measureOpening(context, seeded.busy, seeded.quiet);
    const rows = await countRows(context, seeded.busy);
    // Last: typing adds entries to the big incident, which the other figures must not see.
    const typing = await measureTyping(context, seeded.busy);
    return [...opening, ...typing, ...rows];
  },
};
