/**
 * The timeline of a 100,000-event incident: building it (what an export and the postmortem do with the
 * whole log), and opening the timeline view from the palette until its first screen is painted (the view
 * reads the log page by page, so it should not cost more than a short incident's).
 */
import { monotonicIds } from '../ids';
import type * as TimelineDomain from '../../../renderer/src/domain/timeline';
import type { IncidentEvent } from '../../../renderer/src/domain/log/events';
import type { Person } from '../../../renderer/src/domain/roster/types';
import { Palette } from '../../e2e/pages/Palette';
import { bundleDomainForPage } from '../bundle';
import type { Bench, BenchContext } from '../bench';
import { lineSighted, pageIdle } from '../probe';
import { atMost, type BenchResult } from '../results';
import { seedingSaid, seedLog } from '../seed';
import { taskEventsFor } from '../seed-analytics';
import { median, percentile, round } from '../stats';

const logEvents = 100_000;
const headcount = 200;
const runs = 20;
const warmUps = 3;
const openings = 5;
const hour = 3_600_000;

type BundleWindow = { warRoomTimelineDomain?: typeof TimelineDomain };

/** A long incident's log: 200 check-ins, 30k task events, the rest typed entries, one in a hundred starred. */
function benchEvents(start: number, end: number): { events: IncidentEvent[]; people: Person[] } {
  const nextId = monotonicIds();
  const people = Array.from({ length: headcount }, (_, i): Person => ({
    id: `p${i}`,
    name: `Responder ${i}`,
    team: 'SRE',
    contact: '',
    slackUserId: null,
    email: null,
    timeZone: 'Europe/London',
  }));
  const base = (ts: number) => ({ id: nextId(ts), incidentId: 'bench', ts, recordedAt: ts, actor: 'Bench' });
  const checkIns = people.map((p, i): IncidentEvent => ({
    ...base(start + i),
    type: 'responder.checked-in',
    payload: {
      personId: p.id,
      personName: p.name,
      checkInId: `c${i}`,
      roles: [],
      location: 'remote',
      locationDetail: '',
      contact: '',
      assignment: '',
      backdatedReason: null,
    },
  }));
  const who = people.map((p) => ({ personId: p.id, personName: p.name }));
  const tasks = taskEventsFor('bench', who, start, end, 30_000);
  const entries: IncidentEvent[] = [];
  const count = logEvents - checkIns.length - tasks.length;
  const kinds = ['fact', 'hypothesis', 'decision', 'action', 'note'] as const;
  for (let i = 0; entries.length < count; i += 1) {
    const ts = Math.round(start + ((end - start) * i) / count);
    const entry: IncidentEvent = {
      ...base(ts),
      type: 'log.entry-added',
      payload: {
        kind: kinds[i % kinds.length] ?? 'note',
        text: `Bench entry ${i}: checked the payments dashboards, error rate back under 1% after the failover`,
        author: `Responder ${i % headcount}`,
      },
    };
    entries.push(entry);
    if (i % 100 === 0 && entries.length < count) {
      entries.push({
        ...base(ts + 1),
        type: 'log.entry-starred',
        payload: { entryId: entry.id, starred: true },
      });
    }
  }
  // In no particular order, as a merged export would hand them over: the builder sorts.
  return { events: [...entries, ...tasks, ...checkIns], people };
}

type BuildArgs = { events: IncidentEvent[]; people: Person[]; runs: number; warmUps: number };

/** Runs inside the page: the whole timeline built from the events, then written as Markdown, timed run by run. */
function timeBuild(args: BuildArgs): { build: number[]; markdown: number[]; lines: number } {
  const domain = (window as unknown as BundleWindow).warRoomTimelineDomain;
  if (domain === undefined) throw new Error('the timeline domain bundle is not loaded in this page');
  const describe = (e: IncidentEvent) => (e.type === 'log.entry-added' ? e.payload.text : e.type);
  const build = () => domain.buildTimeline({ events: args.events, people: args.people, describe });
  const words: TimelineDomain.TimelineWords = {
    title: 'Timeline',
    preamble: [],
    columns: {
      time: 'Time',
      recorded: 'Recorded',
      kind: 'Kind',
      text: 'What',
      by: 'By',
      starred: '★',
      link: 'Link',
    },
    kind: (kind) => kind,
    recorded: (time) => time,
    starred: '★',
    changedInSlack: (change) => change,
  };
  let lines = build();
  for (let i = 1; i < args.warmUps; i += 1) lines = build();
  const samples = { build: [] as number[], markdown: [] as number[] };
  for (let i = 0; i < args.runs; i += 1) {
    const started = performance.now();
    lines = build();
    samples.build.push(performance.now() - started);
    const clock = domain.timelineClock(
      'Europe/London',
      'en-GB',
      domain.incidentSpan({ declaredAt: 0, resolvedAt: null }, lines, 0),
    );
    const written = performance.now();
    domain.timelineMarkdown(lines, words, clock);
    samples.markdown.push(performance.now() - written);
  }
  return { ...samples, lines: lines.length };
}

async function measureBuild(context: BenchContext): Promise<BenchResult[]> {
  const now = Date.now();
  const { events, people } = benchEvents(now - 30 * hour, now);
  const page = await context.browser.newPage();
  try {
    await page.goto('about:blank');
    await page.addScriptTag({
      content: await bundleDomainForPage("export * from './timeline';", 'warRoomTimelineDomain'),
    });
    const timed = await page.evaluate(timeBuild, { events, people, runs, warmUps });
    context.say(
      `built ${timed.lines} lines from ${events.length} events: ${timed.build.map((t) => round(t)).join(', ')} ms`,
    );
    context.say(`written as Markdown: ${timed.markdown.map((t) => round(t)).join(', ')} ms`);
    return [
      { name: 'timeline.build.100k', value: round(median(timed.build)), unit: 'ms', target: atMost(300) },
      {
        name: 'timeline.build.100k.p95',
        value: round(percentile(timed.build, 95)),
        unit: 'ms',
        target: null,
      },
      { name: 'timeline.markdown.100k', value: round(median(timed.markdown)), unit: 'ms', target: null },
    ];
  } finally {
    await page.close();
  }
}

/** Enter on "Timeline" in the palette → the incident's first line (its declaration) painted in the view. */
async function measureOpening(context: BenchContext): Promise<BenchResult[]> {
  const { page } = context;
  const seeded = await seedLog(page, Date.now());
  context.say(seedingSaid(seeded));
  const samples: number[] = [];
  for (let i = 0; i <= openings; i += 1) {
    // A fresh load each time: the probe notes each line once per page.
    await context.selectIncident(seeded.busy.id);
    await page.goto(context.url, { waitUntil: 'commit' });
    await lineSighted(page, seeded.busy.newestText, context.patienceMs);
    await pageIdle(page);
    await new Palette(page).run('Timeline');
    const sighting = await lineSighted(page, 'Declared: Incident declared', context.patienceMs);
    if (sighting.enterAt === null) throw new Error('the probe saw no Enter key');
    // The first opening also compiles the view's code; it is not counted.
    if (i > 0) samples.push(sighting.paintedAt - sighting.enterAt);
  }
  const rows = await page.getByRole('list', { name: 'Timeline lines' }).getByRole('listitem').count();
  context.say(
    `timeline first screen: ${samples.map((t) => round(t)).join(', ')} ms (${rows} rows in the DOM)`,
  );
  return [
    { name: 'timeline.open.100k.median', value: round(median(samples)), unit: 'ms', target: atMost(500) },
    { name: 'timeline.open.rows', value: rows, unit: 'rows', target: atMost(200) },
  ];
}

export const timelineBench: Bench = {
  name: 'timeline',
  run: async (context) => {
    const build = await measureBuild(context);
    // The app's first load creates the database the seed writes into.
    await context.cockpit.open();
    await context.page.waitForFunction(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'war-room' && (d.version ?? 0) > 0),
    );
    const opening = await measureOpening(context);
    return [...build, ...opening];
  },
};
