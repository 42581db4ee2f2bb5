/**
 * The postmortem draft of a 100k-event incident: every section built from the log and the projected
 * facts, as "Draft the postmortem" does once the store is read. 60 responders over 30 hours, a line
 * every second or so (a decision every few minutes), stars and tags, severity changes, updates every half hour.
 */
import { defaultCadence } from '../../../renderer/src/domain/broadcasts/cadence';
import type { BroadcastRecord } from '../../../renderer/src/domain/broadcasts/record';
import { defaultFatigueThresholds } from '../../../renderer/src/domain/fatigue/thresholds';
import { severities } from '../../../renderer/src/domain/incident/types';
import { logEntryKinds, type IncidentEvent } from '../../../renderer/src/domain/log/events';
import type * as PostmortemDomain from '../../../renderer/src/domain/postmortem';
import type { PostmortemFacts } from '../../../renderer/src/domain/postmortem';
import type { formatTime } from '../../../renderer/src/domain/time/format';
import { bundleDomainForPage } from '../bundle';
import type { Bench, BenchContext } from '../bench';
import { atMost, type BenchResult } from '../results';
import { median, percentile, round } from '../stats';

const logEvents = 100_000;
const headcount = 60;
const runs = 10;
const warmUps = 2;
const hour = 3_600_000;
const routine = logEntryKinds.filter((kind) => kind !== 'decision' && kind !== 'hypothesis');

type Domain = typeof PostmortemDomain & { formatTime: typeof formatTime };
type BundleWindow = { warRoomPostmortemDomain?: Domain };

export function seedFacts(now: number): PostmortemFacts {
  const start = now - 30 * hour;
  const step = (now - start) / logEvents;
  let n = 0;
  const event = (type: IncidentEvent['type'], ts: number, payload: unknown): IncidentEvent =>
    ({
      id: `e${String((n += 1)).padStart(9, '0')}`,
      incidentId: 'bench',
      ts,
      recordedAt: ts,
      actor: 'Alice',
      type,
      payload,
    }) as IncidentEvent;
  const people = Array.from({ length: headcount }, (_, i) => ({
    id: `p${i}`,
    name: `Responder ${i}`,
    team: 'SRE',
    contact: '',
    slackUserId: null,
    email: null,
    timeZone: ['Europe/Paris', 'America/New_York', 'Asia/Tokyo'][i % 3] ?? 'UTC',
  }));
  const events: IncidentEvent[] = [
    event('incident.declared', start, {
      title: 'Bench',
      severity: 'SEV-2',
      commanderId: 'p0',
      commanderName: 'Responder 0',
      summary: 'Load',
      isDrill: false,
    }),
  ];
  for (let i = 1; events.length < logEvents; i += 1) {
    const ts = start + i * step;
    if (i % 500 === 0) {
      events.push(
        event('incident.severity-changed', ts, { from: severities[i % 2], to: severities[(i + 1) % 2] }),
      );
    } else if (i % 50 === 0) {
      events.push(event('log.entry-starred', ts, { entryId: events.at(-1)?.id, starred: true }));
    } else if (i % 150 === 0) {
      const tags = ['root-cause', 'contributing-factor', 'went-well', 'went-wrong', 'lucky', 'detection'];
      events.push(
        event('log.entry-tagged', ts, { entryId: events.at(-2)?.id, tag: tags[i % 6], tagged: true }),
      );
    } else {
      // As in a long incident: a decision now and then, more hypotheses, mostly facts, actions and notes.
      const kind = i % 250 === 1 ? 'decision' : i % 20 === 3 ? 'hypothesis' : routine[i % routine.length];
      events.push(
        event('log.entry-added', ts, {
          kind,
          text: `Line ${i}: checkout latency on shard ${i % 40}`,
          author: `Responder ${i % headcount}`,
        }),
      );
    }
  }
  const stay = (p: (typeof people)[number], i: number) => ({
    id: `s${i}`,
    incidentId: 'bench',
    personId: p.id,
    location: 'remote' as const,
    locationDetail: '',
    contact: '',
    assignment: '',
    checkedInAt: start + i * 60_000,
    backdatedReason: null,
    checkedOutAt: null,
    checkOutReason: null,
    checkOutNote: '',
  });
  const rests = people.flatMap((p, i) =>
    [1, 2, 3].map((k) => ({
      id: `r${i}-${k}`,
      incidentId: 'bench',
      personId: p.id,
      checkInId: `s${i}`,
      startedAt: start + k * 8 * hour,
      endedAt: start + k * 8 * hour + 2 * hour,
    })),
  );
  const broadcasts = Array.from({ length: 60 }, (_, i): BroadcastRecord => ({
    id: `b${i}`,
    incidentId: 'bench',
    createdAt: start + i * 31 * 60_000,
    createdBy: 'Alice',
    template: 'executive',
    sections: {},
    blocks: [],
    text: `Update ${i}: still degraded.\nNext update in 30 min.`,
    channels: [{ channelId: 'C1', channelName: 'status' }],
    nextUpdateBy: null,
    snapshot: {
      status: 'investigating',
      severity: 'SEV-1',
      commanderName: 'Responder 0',
      openTaskCount: 0,
      latestLogEventId: null,
    },
    trigger: 'cadence',
    deliveries: {
      C1: {
        channelId: 'C1',
        channelName: 'status',
        outcome: 'sent',
        ts: `${i}.0`,
        permalink: null,
        failure: null,
        at: start + i * 31 * 60_000 + 5_000,
      },
    },
  }));
  const tasks = Array.from({ length: 300 }, (_, i) => ({
    id: `t${i}`,
    incidentId: 'bench',
    title: `Task ${i}`,
    description: '',
    category: i % 3 === 0 ? ('follow-up' as const) : ('restore-service' as const),
    ownerId: `p${i % headcount}`,
    ownerName: `Responder ${i % headcount}`,
    status: 'todo' as const,
    statusReason: '',
    checkBackAt: null,
    timeBoxMinutes: 15,
    acknowledged: false,
    dueAt: now + 7 * 24 * hour,
    origin: null,
    createdAt: start,
    updatedAt: start,
  }));
  return {
    incident: {
      id: 'bench',
      title: 'Bench',
      severity: 'SEV-1',
      status: 'resolved',
      commanderId: 'p0',
      commanderName: 'Responder 0',
      summary: 'Load',
      isDrill: false,
      declaredAt: start,
      resolvedAt: now,
      updatedAt: now,
    },
    events,
    people,
    tenures: people.map((p, i) => ({
      id: `te${i}`,
      incidentId: 'bench',
      personId: p.id,
      role: i === 0 ? ('incident-commander' as const) : ('responder' as const),
      assumedAt: start,
      renouncedAt: null,
    })),
    checkIns: people.map(stay),
    rests,
    tasks,
    broadcasts,
    cadence: defaultCadence,
    cadenceChoice: { kind: 'settings' },
    thresholds: defaultFatigueThresholds,
    now,
  };
}

/** Runs inside the page: buildDraft with words like the app's (Intl times, phrases filled in), timed run by run. */
function timeDraft(args: { facts: PostmortemFacts; runs: number; warmUps: number }): {
  samples: number[];
  characters: number;
} {
  const domain = (window as unknown as BundleWindow).warRoomPostmortemDomain;
  if (domain === undefined) throw new Error('the postmortem domain bundle is not loaded in this page');
  const words: PostmortemDomain.PostmortemWords = {
    say: (phrase, values) => `${phrase} ${Object.values(values ?? {}).join(' ')}`,
    heading: (section) => section,
    time: (ts) =>
      domain.formatTime(ts, {
        locale: 'en-GB',
        timeZone: 'UTC',
        zone: true,
        date: 'always',
        numericDate: true,
      }),
    date: (ts) => new Date(ts).toISOString().slice(0, 10),
    duration: (minutes) => `${Math.round(minutes)} min`,
    describe: (e) => (e.type === 'log.entry-added' ? e.payload.text : e.type),
    status: (s) => s,
    kind: (k) => k,
    role: (r) => r,
    taskStatus: (s) => s,
  };
  let characters = 0;
  // A fresh list of events each run, as each draft reads the store afresh: what one run derives from
  // a list (entries in order, tags) is kept with that list, and must not make the next run cheaper.
  const fresh = () => ({ ...args.facts, events: [...args.facts.events] });
  const once = (facts: PostmortemFacts) => {
    characters = domain.buildDraft(facts, words).sections.reduce((sum, s) => sum + s.text.length, 0);
  };
  for (let i = 0; i < args.warmUps; i += 1) once(fresh());
  const samples: number[] = [];
  for (let i = 0; i < args.runs; i += 1) {
    const facts = fresh();
    const started = performance.now();
    once(facts);
    samples.push(performance.now() - started);
  }
  return { samples, characters };
}

async function measure(context: BenchContext): Promise<BenchResult[]> {
  const facts = seedFacts(Date.UTC(2026, 10, 2, 12));
  const page = await context.browser.newPage();
  try {
    await page.goto('about:blank');
    const bundle = await bundleDomainForPage(
      "export * from './postmortem'; export { formatTime } from './time/format';",
      'warRoomPostmortemDomain',
    );
    await page.addScriptTag({ content: bundle });
    const timed = await page.evaluate(timeDraft, { facts, runs, warmUps });
    context.say(
      `draft of ${facts.events.length} events (${timed.characters} characters): ` +
        `${timed.samples.map((t) => round(t)).join(', ')} ms`,
    );
    return [
      { name: 'postmortem.draft.100k', value: round(median(timed.samples)), unit: 'ms', target: atMost(300) },
      {
        name: 'postmortem.draft.100k.p95',
        value: round(percentile(timed.samples, 95)),
        unit: 'ms',
        target: null,
      },
    ];
  } finally {
    await page.close();
  }
}

export const postmortemBench: Bench = { name: 'postmortem', run: measure };
