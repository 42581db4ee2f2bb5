/**
 * Load analytics at their worst case: the in-incident series over 100k log events and 200 responders
 * (what the load panel computes when opened), the cross-incident figures over 500 incidents, and how long
 * the load panel takes to show its charts over such a log in the running app.
 */
import { expect } from '@playwright/test';
import type * as AnalyticsDomain from '../../../renderer/src/domain/analytics';
import type { IncidentEvent } from '../../../renderer/src/domain/log/events';
import { Analytics } from '../../e2e/pages/Analytics';
import { bundleDomainForPage } from '../bundle';
import type { Bench, BenchContext } from '../bench';
import { atMost, type BenchResult } from '../results';
import { crossIncidentSeed, taskEventsFor, type PlainCrossIncidentStore } from '../seed-analytics';
import { rosterSeed, writeRosterSeed } from '../seed-roster';
import { median, percentile, round } from '../stats';

const logEvents = 100_000;
const headcount = 200;
const runs = 20;
const warmUps = 3;
const openings = 5;
const hour = 3_600_000;

type Domain = typeof AnalyticsDomain;
type BundleWindow = { warRoomAnalyticsDomain?: Domain };

/** The app's own analytics domain, bundled for a blank page: V8 in Chromium, no Playwright round trips. */
async function bundleDomain(): Promise<string> {
  return bundleDomainForPage("export * from './analytics';", 'warRoomAnalyticsDomain');
}

type SeriesArgs = { events: IncidentEvent[]; start: number; end: number; runs: number; warmUps: number };

/** Runs inside the page: what LoadCharts computes from the log's events, timed run by run. */
function timeSeries(args: SeriesArgs): { samples: number[]; people: number; points: number } {
  const domain = (window as unknown as BundleWindow).warRoomAnalyticsDomain;
  if (domain === undefined) throw new Error('the analytics domain bundle is not loaded in this page');
  const events = args.events.filter(domain.isLoadEvent);
  const once = () => {
    const { changes } = domain.loadChangesFromLog(events);
    const series = domain.foldSeries(domain.openTasksOverTime(changes, { start: args.start, end: args.end }));
    const load = domain.currentLoad(changes, { now: args.end });
    return { series, load };
  };
  let result = once();
  for (let i = 1; i < args.warmUps; i += 1) result = once();
  const samples: number[] = [];
  for (let i = 0; i < args.runs; i += 1) {
    const started = performance.now();
    result = once();
    samples.push(performance.now() - started);
  }
  return { samples, people: result.load.length, points: result.series.points.length };
}

type CrossArgs = { store: PlainCrossIncidentStore; now: number; runs: number; warmUps: number };

/** Runs inside the page: what AnalyticsView computes for the 90-day window, timed run by run. */
function timeCross(args: CrossArgs): { samples: number[]; responders: number } {
  const domain = (window as unknown as BundleWindow).warRoomAnalyticsDomain;
  if (domain === undefined) throw new Error('the analytics domain bundle is not loaded in this page');
  const store = { ...args.store, declaredBy: new Map(args.store.declaredBy) };
  const options = { now: args.now, windowDays: 90, includeDrills: false } as const;
  const once = () => domain.crossIncidentFigures(domain.crossIncidentInputOf(store, options));
  let figures = once();
  for (let i = 1; i < args.warmUps; i += 1) figures = once();
  const samples: number[] = [];
  for (let i = 0; i < args.runs; i += 1) {
    const started = performance.now();
    figures = once();
    samples.push(performance.now() - started);
  }
  return { samples, responders: figures.responders.length };
}

function figures(name: string, samples: number[], target: number): BenchResult[] {
  return [
    { name, value: round(median(samples)), unit: 'ms', target: atMost(target) },
    { name: `${name}.p95`, value: round(percentile(samples, 95)), unit: 'ms', target: null },
  ];
}

async function measureDomain(context: BenchContext): Promise<BenchResult[]> {
  const now = Date.now();
  const start = now - 36 * hour;
  const people = Array.from({ length: headcount }, (_, i) => ({
    personId: `p${i}`,
    personName: `Responder ${i}`,
  }));
  const checkIns = people.map((who, i): IncidentEvent => ({
    id: `0${String(i).padStart(25, '0')}`,
    incidentId: 'bench',
    ts: start,
    recordedAt: start,
    actor: 'Bench',
    type: 'responder.checked-in',
    payload: {
      ...who,
      checkInId: `c${i}`,
      roles: [],
      location: 'remote',
      locationDetail: '',
      contact: '',
      assignment: '',
      backdatedReason: null,
    },
  }));
  const events = [...checkIns, ...taskEventsFor('bench', people, start, now, logEvents - checkIns.length)];
  const page = await context.browser.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({ content: await bundleDomain() });
    const series = await page.evaluate(timeSeries, { events, start, end: now, runs, warmUps });
    context.say(
      `series over ${events.length} events (${series.people} people, ${series.points} points): ` +
        `${series.samples.map((t) => round(t)).join(', ')} ms`,
    );
    const store = crossIncidentSeed(now);
    const cross = await page.evaluate(timeCross, { store, now, runs, warmUps });
    context.say(
      `cross-incident over ${store.incidents.length} incidents, ${store.checkIns.length} stays ` +
        `(${cross.responders} responders): ${cross.samples.map((t) => round(t)).join(', ')} ms`,
    );
    return [
      ...figures('analytics.series.100k', series.samples, 100),
      ...figures('analytics.cross.500', cross.samples, 200),
    ];
  } finally {
    await page.close();
  }
}

/** Runs inside the page: the raw IndexedDB read the panel does (one getAll per type), on the page's clock. */
/**
 * Runs inside the page: the read the load charts make (db/hooks/useAnalytics.ts readLoadLog), the
 * incident's load minutes by their incidentId index, in plain IndexedDB so Dexie's share is left out.
 */
async function timeRead(args: { incidentId: string }): Promise<{ ms: number; rows: number }> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('war-room');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(new Error('the war-room database cannot be opened'));
  });
  const started = performance.now();
  const index = db.transaction('loadMinutes', 'readonly').objectStore('loadMinutes').index('incidentId');
  const rows = await new Promise<unknown[]>((done, fail) => {
    const request = index.getAll(args.incidentId);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error ?? new Error('getAll failed'));
  });
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: rows.length };
}

/** Click on "Show load charts" → the open-tasks chart drawn and painted, over a 100k-event log. */
async function measureChart(context: BenchContext): Promise<BenchResult[]> {
  const seed = rosterSeed(Date.now(), headcount, 1);
  const people = seed.people.map((p) => ({ personId: p.id, personName: p.name }));
  const here = seed.events.filter((e) => e.incidentId === seed.incident.id).length;
  const tasks = taskEventsFor(
    seed.incident.id,
    people,
    seed.incident.declaredAt,
    Date.now(),
    logEvents - here,
  );
  const seconds = await writeRosterSeed(context.page, { ...seed, events: [...seed.events, ...tasks] });
  context.say(`seeded an incident with ${here + tasks.length} events in ${round(seconds)} s`);
  await context.selectIncident(seed.incident.id);
  await context.page.goto(context.url);
  const analytics = new Analytics(context.page);
  await expect(analytics.loadPanel).toBeVisible({ timeout: context.patienceMs });
  const chart = analytics.chart('Open tasks per responder over time', analytics.loadPanel);
  const samples: number[] = [];
  for (let i = 0; i <= openings; i += 1) {
    const started = await context.page.evaluate(() => performance.now());
    await analytics.showLoadCharts();
    await chart.locator('.recharts-area').first().waitFor({ timeout: context.patienceMs });
    const painted = await context.page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)),
        ),
    );
    // The first opening also compiles the chart code; it is not counted.
    if (i > 0) samples.push(painted - started);
    await analytics.hideLoadCharts();
  }
  context.say(`load charts shown: ${samples.map((t) => round(t)).join(', ')} ms`);
  const reads: number[] = [];
  let minutes = 0;
  for (let i = 0; i < openings; i += 1) {
    const read = await context.page.evaluate(timeRead, { incidentId: seed.incident.id });
    reads.push(read.ms);
    minutes = read.rows;
  }
  context.say(
    `of which reading its ${minutes} load minutes from IndexedDB: ${reads.map((t) => round(t)).join(', ')} ms`,
  );
  return [
    {
      name: 'analytics.chart.open.100k',
      value: round(median(samples)),
      unit: 'ms',
      target: atMost(300),
    },
    { name: 'analytics.chart.read.100k', value: round(median(reads)), unit: 'ms', target: null },
  ];
}

export const analyticsBench: Bench = {
  name: 'analytics',
  run: async (context) => {
    const domain = await measureDomain(context);
    // The app's first load creates the database the seed writes into.
    await context.cockpit.open();
    await context.page.waitForFunction(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'war-room' && (d.version ?? 0) > 0),
    );
    const chart = await measureChart(context);
    return [...domain, ...chart];
  },
};
