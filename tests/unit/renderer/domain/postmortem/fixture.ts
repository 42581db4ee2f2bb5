/**
 * "Checkout errors", a SEV-2 declared at 22:30 UTC on Saturday 28 March 2026 and resolved at 01:00 on
 * Sunday 29th, so it spans two days. Alice (London, still GMT that night) commands; Bob (Kolkata,
 * UTC+5:30) checks in at 22:45 and works until 01:00 with a rest from 00:15 to 00:45. Bob's first fact
 * about 22:40 was written down at 23:05 (back-dated), and sits at 22:40. Severity SEV-1 from 23:10.
 * Updates reach Slack at 23:30 (due 23:00 at SEV-1's 30 min: 30 min late) and 23:55 (due 00:00: in
 * time); the next was due at 00:25 and none came before the resolution.
 */
import { defaultCadence } from '../../../../../renderer/src/domain/broadcasts/cadence';
import type { BroadcastRecord } from '../../../../../renderer/src/domain/broadcasts/record';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import type { Incident } from '../../../../../renderer/src/domain/incident/types';
import type { IncidentEvent, IncidentEventType } from '../../../../../renderer/src/domain/log/events';
import type { PostmortemFacts, PostmortemWords } from '../../../../../renderer/src/domain/postmortem';
import type { Person } from '../../../../../renderer/src/domain/roster/types';
import type { Task } from '../../../../../renderer/src/domain/tasks/types';

export const at = (hhmm: string, day = hhmm < '12:00' ? 29 : 28) => Date.parse(`2026-03-${day}T${hhmm}:00Z`);

const person = (id: string, name: string, timeZone: string): Person => ({
  id,
  name,
  team: 'SRE',
  contact: '',
  slackUserId: null,
  email: null,
  timeZone,
});

type Payload<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>['payload'];

let sequence = 0;
/** An event recorded as it happened unless `recordedAt` says otherwise; ids follow recorded order. */
export function event<T extends IncidentEventType>(
  type: T,
  hhmm: string,
  payload: Payload<T>,
  options: { actor?: string; recordedAt?: string; id?: string } = {},
): IncidentEvent {
  sequence += 1;
  const ts = at(hhmm);
  return {
    id: options.id ?? `e${String(sequence).padStart(3, '0')}`,
    incidentId: 'inc',
    ts,
    recordedAt: options.recordedAt === undefined ? ts : at(options.recordedAt),
    actor: options.actor ?? 'Alice',
    type,
    payload,
  } as IncidentEvent;
}

const entry = (
  id: string,
  hhmm: string,
  kind: Payload<'log.entry-added'>['kind'],
  text: string,
  author: string,
  recordedAt?: string,
) =>
  event(
    'log.entry-added',
    hhmm,
    { kind, text, author },
    { id, actor: author, ...(recordedAt === undefined ? {} : { recordedAt }) },
  );
const tag = (entryId: string, tagName: Payload<'log.entry-tagged'>['tag'], hhmm: string) =>
  event('log.entry-tagged', hhmm, { entryId, tag: tagName, tagged: true });

export const incident: Incident = {
  id: 'inc',
  title: 'Checkout errors',
  severity: 'SEV-1',
  status: 'resolved',
  commanderId: 'alice',
  commanderName: 'Alice',
  summary: 'Card payments fail at checkout.',
  isDrill: false,
  declaredAt: at('22:30'),
  resolvedAt: at('01:00'),
  updatedAt: at('01:00'),
};

export const events: IncidentEvent[] = [
  event('incident.declared', '22:30', {
    title: 'Checkout errors',
    severity: 'SEV-2',
    commanderId: 'alice',
    commanderName: 'Alice',
    summary: 'Card payments fail at checkout.',
    isDrill: false,
  }),
  event('responder.checked-in', '22:45', {
    personId: 'bob',
    personName: 'Bob',
    checkInId: 'stay-bob',
    roles: [{ tenureId: 't-bob', role: 'ops-lead' }],
    location: 'remote',
    locationDetail: '',
    contact: '',
    assignment: '',
    backdatedReason: null,
  }),
  entry('hyp', '23:00', 'hypothesis', 'The new payment SDK release times out', 'Bob'),
  entry('fact', '22:40', 'fact', 'Checkout error rate rose to 12%', 'Bob', '23:05'),
  event('incident.severity-changed', '23:10', { from: 'SEV-2', to: 'SEV-1' }),
  entry('dec', '23:20', 'decision', 'Roll back the payment SDK', 'Alice'),
  event('incident.status-changed', '23:25', { from: 'investigating', to: 'identified' }),
  entry('fixed', '23:40', 'fact', 'Rollback done; errors back to 0.1%', 'Bob'),
  entry('cause', '23:45', 'note', 'The SDK client had no timeout configured', 'Bob'),
  entry('retry', '23:50', 'hypothesis', 'Retries from the app doubled the load', 'Bob'),
  event('incident.status-changed', '00:20', { from: 'identified', to: 'monitoring' }),
  event('incident.status-changed', '01:00', { from: 'monitoring', to: 'resolved' }),
  event('log.entry-starred', '00:30', { entryId: 'fixed', starred: true }),
  tag('cause', 'root-cause', '00:31'),
  tag('retry', 'contributing-factor', '00:32'),
  tag('fixed', 'went-well', '00:33'),
];

export const people = [person('alice', 'Alice', 'Europe/London'), person('bob', 'Bob', 'Asia/Kolkata')];

function broadcast(id: string, queued: string, given: string, text: string): BroadcastRecord {
  return {
    id,
    incidentId: 'inc',
    createdAt: at(queued),
    createdBy: 'Alice',
    template: 'executive',
    sections: {},
    blocks: [],
    text,
    channels: [{ channelId: 'C1', channelName: 'status' }],
    nextUpdateBy: null,
    snapshot: {
      status: 'identified',
      severity: 'SEV-1',
      commanderName: 'Alice',
      openTaskCount: 0,
      latestLogEventId: null,
    },
    trigger: 'manual',
    deliveries: {
      C1: {
        channelId: 'C1',
        channelName: 'status',
        outcome: 'sent',
        ts: '1.0',
        permalink: null,
        failure: null,
        at: at(given),
      },
    },
  };
}

const followUp = (id: string, title: string, status: Task['status'], dueAt: number | null): Task => ({
  id,
  incidentId: 'inc',
  title,
  description: '',
  category: 'follow-up',
  ownerId: 'bob',
  ownerName: 'Bob',
  status,
  statusReason: '',
  checkBackAt: null,
  timeBoxMinutes: 15,
  acknowledged: false,
  dueAt,
  origin: null,
  createdAt: at('00:50'),
  updatedAt: at('00:50'),
});

export function facts(overrides: Partial<PostmortemFacts> = {}): PostmortemFacts {
  return {
    incident,
    events,
    people,
    tenures: [
      {
        id: 't-alice',
        incidentId: 'inc',
        personId: 'alice',
        role: 'incident-commander',
        assumedAt: at('22:30'),
        renouncedAt: null,
      },
      {
        id: 't-bob',
        incidentId: 'inc',
        personId: 'bob',
        role: 'ops-lead',
        assumedAt: at('22:45'),
        renouncedAt: null,
      },
    ],
    checkIns: [stay('stay-alice', 'alice', '22:30', null), stay('stay-bob', 'bob', '22:45', '01:00')],
    rests: [
      {
        id: 'r1',
        incidentId: 'inc',
        personId: 'bob',
        checkInId: 'stay-bob',
        startedAt: at('00:15'),
        endedAt: at('00:45'),
      },
    ],
    tasks: [
      followUp('f1', 'Set a timeout on the SDK client', 'todo', Date.parse('2026-04-05T12:00:00Z')),
      followUp('f2', 'Rewrite checkout', 'dropped', null),
    ],
    broadcasts: [
      broadcast('b2', '23:54', '23:55', 'Rolled back; watching. &lt;ok&gt;'),
      broadcast('b1', '23:29', '23:30', 'Checkout fails for card payments.\nNext update by 00:00.'),
    ],
    cadence: defaultCadence,
    cadenceChoice: { kind: 'settings' },
    thresholds: defaultFatigueThresholds,
    now: at('02:00'),
    ...overrides,
  };
}

function stay(id: string, personId: string, inAt: string, outAt: string | null) {
  return {
    id,
    incidentId: 'inc',
    personId,
    location: 'remote' as const,
    locationDetail: '',
    contact: '',
    assignment: '',
    checkedInAt: at(inAt),
    backdatedReason: null,
    checkedOutAt: outAt === null ? null : at(outAt),
    checkOutReason: outAt === null ? null : ('released' as const),
    checkOutNote: '',
  };
}

/** Plain words: times as "28 22:30" (day and UTC time), durations in minutes, phrases as their key and values. */
export const words: PostmortemWords = {
  say: (phrase, values) =>
    values === undefined
      ? `[${phrase}]`
      : `[${phrase} ${Object.entries(values)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}]`,
  heading: (section) => section,
  time: (ts) => new Date(ts).toISOString().slice(8, 16).replace('T', ' '),
  date: (ts) => new Date(ts).toISOString().slice(0, 10),
  duration: (minutes) => `${Math.round(minutes)}m`,
  describe: (e) => (e.type === 'log.entry-added' ? e.payload.text : e.type),
  status: (s) => s,
  kind: (k) => k,
  role: (r) => r,
  taskStatus: (s) => s,
};
