/**
 * What a postmortem is built from: the incident, its whole log and the facts projected from it, and
 * the team's settings that judged it (the cadence, the night's hours). Read once, passed in whole.
 */
import type { Cadence } from '../broadcasts/cadence';
import type { CadenceChoice } from '../broadcasts/plan';
import type { BroadcastRecord } from '../broadcasts/record';
import type { FatigueThresholds } from '../fatigue/thresholds';
import type { Incident, IncidentStatus, Severity } from '../incident/types';
import { logCategoryOf, type IncidentEvent, type LogEntryKind } from '../log/events';
import type { CheckInFact, Person, ResponderRole, RestFact, TenureFact } from '../roster/types';
import type { Task, TaskStatus } from '../tasks/types';
import type { PostmortemSection } from './events';
import { once } from './memo';
import { byEventTime } from '../timeline/build';

export { byEventTime };

export type PostmortemFacts = {
  incident: Incident;
  /** The incident's events, in any order. */
  events: readonly IncidentEvent[];
  people: readonly Person[];
  tenures: readonly TenureFact[];
  checkIns: readonly CheckInFact[];
  rests: readonly RestFact[];
  tasks: readonly Task[];
  broadcasts: readonly BroadcastRecord[];
  /** The team's cadence per severity, and this incident's own choice. */
  cadence: Cadence;
  cadenceChoice: CadenceChoice;
  thresholds: FatigueThresholds;
  /** Stands in for the resolution while the incident still runs. */
  now: number;
};

/**
 * The draft's words in the reader's language, injected so the domain stays free of i18n: `say` fills
 * a phrase of the feature's strings; the rest format values the way the rest of War Room does.
 */
export type PostmortemWords = {
  say: (phrase: string, values?: Record<string, string | number>) => string;
  heading: (section: PostmortemSection) => string;
  /** A time in the draft's one zone, dated when the incident spans days. */
  time: (ts: number) => string;
  date: (ts: number) => string;
  duration: (minutes: number) => string;
  /** A log line's words, as the log shows it. */
  describe: (event: IncidentEvent) => string;
  status: (status: IncidentStatus) => string;
  kind: (kind: LogEntryKind) => string;
  role: (role: ResponderRole) => string;
  taskStatus: (status: TaskStatus) => string;
};

/** When the incident ended for the draft: its resolution, or `now` while it runs. */
export function endOf(facts: Pick<PostmortemFacts, 'incident' | 'now'>): number {
  return facts.incident.resolvedAt ?? facts.now;
}

/** The severity it was declared with, then each change, as spans up to the end. */
export function severitySpans(facts: PostmortemFacts): SeveritySpan[] {
  return once(facts.events, `severities:${endOf(facts)}`, () => computeSeveritySpans(facts));
}

type SeveritySpan = { severity: Severity; from: number; to: number };

function computeSeveritySpans(facts: PostmortemFacts): SeveritySpan[] {
  const end = endOf(facts);
  const declared = facts.events.find((e) => e.type === 'incident.declared');
  let current: Severity =
    declared?.type === 'incident.declared' ? declared.payload.severity : facts.incident.severity;
  let from = facts.incident.declaredAt;
  const spans: SeveritySpan[] = [];
  const changes = facts.events.filter((e) => e.type === 'incident.severity-changed').sort(byEventTime);
  for (const change of changes) {
    if (change.type !== 'incident.severity-changed') continue;
    const at = Math.min(Math.max(change.ts, from), end);
    spans.push({ severity: current, from, to: at });
    current = change.payload.to;
    from = at;
  }
  spans.push({ severity: current, from, to: Math.max(from, end) });
  return spans.filter((span) => span.to > span.from || spans.length === 1);
}

/** When the incident's story starts: its earliest line (a back-dated one may precede it), or the declaration. */
export function firstEventAtOrDeclared(facts: Pick<PostmortemFacts, 'incident' | 'events'>): number {
  let first = facts.incident.declaredAt;
  for (const event of facts.events) {
    if (event.ts < first && logCategoryOf(event) !== null) first = event.ts;
  }
  return first;
}

export type LogEntry = Extract<IncidentEvent, { type: 'log.entry-added' }>;

/** The typed entries in event-time order: a back-dated one where it happened. */
export function entriesInOrder(facts: Pick<PostmortemFacts, 'events'>): LogEntry[] {
  return once(facts.events, 'entries', () =>
    facts.events.filter((e): e is LogEntry => e.type === 'log.entry-added').sort(byEventTime),
  );
}
