/**
 * The responders panel at 200 people with a month of history each: how long the fatigue of all of
 * them takes to compute (the cockpit redoes it every second), how long the panel takes to show them
 * all, and how long the page's main thread is held when the clock ticks.
 */
import { expect } from '@playwright/test';
import { zoneOffsetAt } from '../../../renderer/src/domain/fatigue/localTime';
import type { FatigueThresholds } from '../../../renderer/src/domain/fatigue/thresholds';
import type { buildRoster, RosterInput } from '../../../renderer/src/domain/roster/roster';
import type { Person } from '../../../renderer/src/domain/roster/types';
import { Roster } from '../../e2e/pages/Roster';
import { bundleDomainForPage } from '../bundle';
import type { Bench, BenchContext } from '../bench';
import { pageIdle } from '../probe';
import { atMost, type BenchResult, type Target } from '../results';
import { rosterInputOf, rosterSeed, writeRosterSeed, type RosterSeed } from '../seed-roster';
import { median, percentile, round } from '../stats';

const headcount = 200;
const fatigueRuns = 30;
const warmUps = 5;
const loads = 5;
const tickWatchMs = 5_000;
// An evening just after New York's clocks went back (1 Nov 2026, 06:00 UTC) and a week after Paris's,
// so the 24-hour night window and the month of history cross DST changes whatever day the bench runs.
const fatigueNow = Date.UTC(2026, 10, 1, 20);
const day = 24 * 3_600_000;

type DomainBundle = { buildRoster: typeof buildRoster; defaultFatigueThresholds: FatigueThresholds };
type BundleWindow = { warRoomRosterDomain?: DomainBundle };
type PlainInput = Omit<RosterInput, 'people'> & { people: Person[] };
type Timed = { samples: number[]; onDuty: number; levels: Record<string, number> };

function inMs(name: string, value: number, target: Target | null = null): BenchResult {
  return { name, value: round(value), unit: 'ms', target };
}

/**
 * The app's own buildRoster and default thresholds, bundled for a blank page, so the figure is V8 in
 * Chromium (what the app runs on) with nothing exposed from the app and no Playwright round trips.
 */
async function bundleDomain(): Promise<string> {
  const entry = [
    "export { buildRoster } from './roster/roster';",
    "export { defaultFatigueThresholds } from './fatigue/thresholds';",
  ].join('\n');
  return bundleDomainForPage(entry, 'warRoomRosterDomain');
}

/** Runs inside the page: the roster at `now`, warmed up, then timed run by run on the page's clock. */
function timeInPage(args: { input: PlainInput; now: number; runs: number; warmUps: number }): Timed {
  const domain = (window as unknown as BundleWindow).warRoomRosterDomain;
  if (domain === undefined) throw new Error('the roster domain bundle is not loaded in this page');
  const input: RosterInput = { ...args.input, people: new Map(args.input.people.map((p) => [p.id, p])) };
  const thresholds = domain.defaultFatigueThresholds;
  let roster = domain.buildRoster(input, args.now, thresholds);
  for (let i = 1; i < args.warmUps; i += 1) roster = domain.buildRoster(input, args.now, thresholds);
  const samples: number[] = [];
  for (let i = 0; i < args.runs; i += 1) {
    const started = performance.now();
    roster = domain.buildRoster(input, args.now, thresholds);
    samples.push(performance.now() - started);
  }
  const levels: Record<string, number> = {};
  for (const entry of roster.onDuty) levels[entry.fatigue.level] = (levels[entry.fatigue.level] ?? 0) + 1;
  return { samples, onDuty: roster.onDuty.length, levels };
}

async function measureFatigue(context: BenchContext): Promise<BenchResult[]> {
  if (zoneOffsetAt('America/New_York', fatigueNow) === zoneOffsetAt('America/New_York', fatigueNow - day)) {
    throw new Error('the fatigue figure should span a DST change in New York: check fatigueNow');
  }
  const seed = rosterSeed(fatigueNow, headcount);
  const input = rosterInputOf(seed);
  const plain: PlainInput = { ...input, people: [...input.people.values()] };
  // A page of its own: the cockpit's clock and live queries must not share its main thread.
  const page = await context.browser.newPage();
  let timed: Timed;
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: await bundleDomain() });
    timed = await page.evaluate(timeInPage, { input: plain, now: fatigueNow, runs: fatigueRuns, warmUps });
  } finally {
    await page.close();
  }
  if (timed.onDuty !== headcount) throw new Error(`the roster shows ${timed.onDuty}, not ${headcount}`);
  context.say(
    `fatigue of ${headcount} (${seed.checkIns.length} check-ins, ${seed.rests.length} rests): ` +
      `${timed.samples.map((t) => round(t)).join(', ')} ms; levels ${JSON.stringify(timed.levels)}`,
  );
  return [
    inMs('roster.fatigue.200x30d', median(timed.samples), atMost(20)),
    inMs('roster.fatigue.200x30d.p95', percentile(timed.samples, 95)),
  ];
}

type Sighting = { inDomAt: number; paintedAt: number | null };
type ProbeWindow = { warRoomBench?: { sightings: Map<string, Sighting> } };

/**
 * Runs inside the page: waits until the probe (probe.ts) has seen and painted a card for `expected` of
 * the names (the panel draws only the cards on screen, a virtualised list); returns when the last one
 * entered the DOM and when it was painted, on the page's clock.
 */
async function allCardsSighted(args: { names: string[]; expected: number; timeoutMs: number }) {
  const deadline = performance.now() + args.timeoutMs;
  for (;;) {
    const probe = (window as unknown as ProbeWindow).warRoomBench;
    if (probe === undefined) throw new Error('the bench probe is not installed in this page');
    const seen = args.names.map((name) => probe.sightings.get(name));
    const painted = seen.filter(
      (s): s is Sighting & { paintedAt: number } => (s?.paintedAt ?? null) !== null,
    );
    if (painted.length >= args.expected) {
      return {
        inDomAt: Math.max(...painted.map((s) => s.inDomAt)),
        paintedAt: Math.max(...painted.map((s) => s.paintedAt)),
      };
    }
    if (performance.now() > deadline) {
      // What the page shows instead tells a slow app from a broken one (e.g. a renderer rebuilt mid-run).
      const shown = document.body.innerText.replace(/\s+/g, ' ').slice(0, 160);
      throw new Error(`only ${painted.length} of ${args.expected} roster cards appeared; page: "${shown}"`);
    }
    // Polling costs the page a few microseconds a time; the probe notes the times, not this loop.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs inside the page: how many of the names have a card painted (the probe notes each once a load). */
function cardsPainted(names: string[]): number {
  const probe = (window as unknown as ProbeWindow).warRoomBench;
  return names.filter((name) => (probe?.sightings.get(name)?.paintedAt ?? null) !== null).length;
}

/** Loads the cockpit on the roster's incident; resolves once `expected` cards are painted. */
async function openRoster(context: BenchContext, seed: RosterSeed, expected: number) {
  await context.selectIncident(seed.incident.id);
  await context.page.goto(context.url, { waitUntil: 'commit' });
  const names = seed.people.map((p) => p.name);
  return context.page.evaluate(allCardsSighted, { names, expected, timeoutMs: context.patienceMs });
}

/**
 * Navigation start → every card the panel draws in the DOM (the figure) and painted; median of several
 * loads. The panel draws the cards on screen, not all 200: how many is counted on a first, unmeasured
 * load, once the page is idle, and each measured load waits for that many.
 */
async function measureRender(context: BenchContext, seed: RosterSeed): Promise<BenchResult[]> {
  // One unmeasured load, so the figures do not include compiling the app's code for the first time.
  await openRoster(context, seed, 1);
  const roster = new Roster(context.page);
  await expect(roster.panel.getByRole('heading', { level: 2 })).toHaveText(`Responders (${headcount})`);
  await expect(roster.card(seed.incident.commanderName)).toBeVisible();
  await pageIdle(context.page);
  const expected = await context.page.evaluate(
    cardsPainted,
    seed.people.map((p) => p.name),
  );
  const inDom: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    const sighting = await openRoster(context, seed, expected);
    inDom.push(sighting.inDomAt);
    painted.push(sighting.paintedAt);
  }
  context.say(
    `the ${expected} cards drawn of ${headcount}, in the DOM: ${inDom.map((t) => round(t)).join(', ')} ms`,
  );
  context.say(`and painted:            ${painted.map((t) => round(t)).join(', ')} ms`);
  return [
    inMs('roster.render.200', median(inDom)),
    inMs('roster.render.200.painted', median(painted), atMost(300)),
    { name: 'roster.render.cards-drawn', value: expected, unit: 'cards', target: null },
  ];
}

/**
 * Runs inside the page: the gaps between animation frames over `watchMs`. An idle page draws a frame
 * every ~16.7 ms; the clock's tick (fatigue for everyone, nudges, 200 cards re-rendered) stretches the
 * frame it lands in, so the worst gap is the tick's cost as the IC would feel it (a stutter).
 */
async function frameGaps(watchMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const gaps: number[] = [];
    let first: number | null = null;
    let last = 0;
    const frame = (at: number) => {
      if (first === null) first = at;
      else gaps.push(at - last);
      last = at;
      if (at - first < watchMs) requestAnimationFrame(frame);
      else resolve(gaps);
    };
    requestAnimationFrame(frame);
  });
}

async function measureTick(context: BenchContext, seed: RosterSeed): Promise<BenchResult[]> {
  await openRoster(context, seed, 1);
  await pageIdle(context.page);
  const gaps = await context.page.evaluate(frameGaps, tickWatchMs);
  const slow = gaps.filter((gap) => gap > 50).map((gap) => round(gap));
  context.say(
    `${gaps.length} frames in ${tickWatchMs / 1000} s: median ${round(median(gaps))} ms; ` +
      `over 50 ms: ${slow.length === 0 ? 'none' : `${slow.join(', ')} ms`}`,
  );
  return [inMs('roster.tick.worst-frame', Math.max(...gaps))];
}

export const rosterBench: Bench = {
  name: 'roster',
  run: async (context) => {
    const fatigue = await measureFatigue(context);
    // The app's first load creates the database the seed writes into.
    await context.cockpit.open();
    await context.page.waitForFunction(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'war-room' && (d.version ?? 0) > 0),
    );
    const seed = rosterSeed(Date.now(), headcount);
    const seconds = await writeRosterSeed(context.page, seed);
    context.say(
      `seeded ${headcount} people, ${seed.checkIns.length} check-ins, ${seed.rests.length} rests, ` +
        `${seed.events.length} events in ${round(seconds)} s`,
    );
    const render = await measureRender(context, seed);
    const tick = await measureTick(context, seed);
    return [...fatigue, ...render, ...tick];
  },
};
