/**
 * A night incident in New York across the end of daylight saving time (2026-11-01, 02:00 EDT → 01:00
 * EST, i.e. 06:00 UTC): declared at 23:30 EDT on 31 October, resolved at 05:00 EST. The hour from 01:00
 * to 02:00 happens twice, so 01:30 EDT (05:30 UTC) and 01:30 EST (06:30 UTC) both have a line. Bob's fact
 * about 01:20 EDT was written down at 01:50 EST, after later lines, and sits at 01:20.
 */
import type { IncidentEvent, IncidentEventType } from '../../../../../renderer/src/domain/log/events';
import type { Person } from '../../../../../renderer/src/domain/roster/types';

export const at = (iso: string) => Date.parse(iso);

export const person = (id: string, name: string, team = 'SRE'): Person => ({
  id,
  name,
  team,
  contact: '',
  slackUserId: null,
  email: null,
  timeZone: 'America/New_York',
});
export const people = [
  person('alice', 'Alice', 'Incident response'),
  person('bob', 'Bob', 'Payments'),
  person('carol', 'Carol'),
];

type Payload<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>['payload'];

/** An event recorded as it happened unless `recordedAt` says otherwise; ids follow recorded order. */
export function event<T extends IncidentEventType>(
  id: string,
  iso: string,
  type: T,
  payload: Payload<T>,
  options: { actor?: string; recordedAt?: string } = {},
): IncidentEvent {
  const ts = at(iso);
  return {
    id,
    incidentId: 'inc',
    ts,
    recordedAt: options.recordedAt === undefined ? ts : at(options.recordedAt),
    actor: options.actor ?? 'Alice',
    type,
    payload,
  } as IncidentEvent;
}

const who = (personId: string, personName: string) => ({ personId, personName });
const checkIn = (
  personId: string,
  personName: string,
  checkInId: string,
  role: 'incident-commander' | 'ops-lead' | 'scribe',
) => ({
  ...who(personId, personName),
  checkInId,
  roles: [{ tenureId: `t-${personId}`, role }],
  location: 'remote' as const,
  locationDetail: '',
  contact: '',
  assignment: personId === 'bob' ? 'Fail over the payments DB' : '',
  backdatedReason: null,
});

export const incident = {
  id: 'inc',
  title: 'Payments down',
  declaredAt: at('2026-11-01T03:30:00Z'),
  resolvedAt: at('2026-11-01T10:00:00Z'),
};

/** The events in the order they were written, as the log holds them. */
export const events: IncidentEvent[] = [
  event('01', '2026-11-01T03:30:00Z', 'incident.declared', {
    title: 'Payments down',
    severity: 'SEV-2',
    commanderId: 'alice',
    commanderName: 'Alice',
    summary: '',
    isDrill: false,
  }),
  event(
    '02',
    '2026-11-01T03:30:00Z',
    'responder.checked-in',
    checkIn('alice', 'Alice', 'c-alice', 'incident-commander'),
  ),
  event('03', '2026-11-01T03:40:00Z', 'responder.checked-in', checkIn('bob', 'Bob', 'c-bob', 'ops-lead')),
  event('04', '2026-11-01T03:41:00Z', 'person.added', { person: person('dan', 'Dan') }),
  event('05', '2026-11-01T05:30:00Z', 'task.assigned', {
    taskId: 'k1',
    title: 'Fail over the DB',
    from: null,
    to: who('bob', 'Bob'),
    checkBackAt: at('2026-11-01T05:45:00Z'),
  }),
  event('06', '2026-11-01T05:31:00Z', 'task.acknowledged', {
    ...who('bob', 'Bob'),
    taskId: 'k1',
    title: 'Fail over the DB',
  }),
  event('07', '2026-11-01T05:45:00Z', 'log.entry-added', {
    kind: 'hypothesis',
    text: 'Connection pool | exhausted?',
    author: 'Carol',
  }),
  event('08', '2026-11-01T06:10:00Z', 'incident.severity-changed', { from: 'SEV-2', to: 'SEV-1' }),
  event('09', '2026-11-01T06:30:00Z', 'incident.status-changed', { from: 'investigating', to: 'identified' }),
  // Back-dated: about 01:20 EDT, written down at 01:50 EST.
  event(
    '10',
    '2026-11-01T05:20:00Z',
    'log.entry-added',
    { kind: 'fact', text: '=1+1 errors began', author: 'Bob', backdatedReason: 'seen later in the graphs' },
    { actor: 'Carol', recordedAt: '2026-11-01T06:50:00Z' },
  ),
  event('11', '2026-11-01T07:00:00Z', 'log.entry-starred', { entryId: '10', starred: true }),
  event('12', '2026-11-01T07:01:00Z', 'log.entry-starred', { entryId: '07', starred: true }),
  event('13', '2026-11-01T07:02:00Z', 'log.entry-starred', { entryId: '07', starred: false }),
  event('14', '2026-11-01T07:05:00Z', 'broadcast.queued', {
    broadcastId: 'b1',
    template: 'tactical',
    sections: {},
    blocks: [],
    text: 'SEV-1 · Payments down\n\nWe fail over &lt;db&gt; &amp; watch',
    channels: [{ channelId: 'C1', channelName: 'exec' }],
    nextUpdateBy: null,
    snapshot: {
      status: 'identified',
      severity: 'SEV-1',
      commanderName: 'Alice',
      openTaskCount: 1,
      latestLogEventId: '13',
    },
    trigger: 'manual',
  }),
  event('15', '2026-11-01T07:05:10Z', 'broadcast.sent', {
    broadcastId: 'b1',
    channelId: 'C1',
    channelName: 'exec',
    ts: '1793430310.000100',
    permalink: 'https://example.slack.com/archives/C1/p1793430310000100',
  }),
  event('16', '2026-11-01T08:00:00Z', 'command.handed-over', {
    from: { ...who('alice', 'Alice'), tenureId: 't-alice' },
    to: { ...who('carol', 'Carol'), tenureId: 't-carol' },
  }),
  event(
    '17',
    '2026-11-01T08:10:00Z',
    'task.status-changed',
    {
      taskId: 'k1',
      title: 'Fail over the DB',
      from: 'in-progress',
      to: 'done',
      reason: '',
      ownerName: 'Bob',
    },
    { actor: 'Carol' },
  ),
  event(
    '18',
    '2026-11-01T08:20:00Z',
    'rest.started',
    { ...who('bob', 'Bob'), restId: 'r1', checkInId: 'c-bob' },
    { actor: 'Carol' },
  ),
  event(
    '19',
    '2026-11-01T09:00:00Z',
    'responder.checked-out',
    { ...who('bob', 'Bob'), checkInId: 'c-bob', reason: 'shift-end', note: '' },
    { actor: 'Carol' },
  ),
  event(
    '20',
    '2026-11-01T10:00:00Z',
    'incident.status-changed',
    { from: 'identified', to: 'resolved' },
    { actor: 'Carol' },
  ),
  // The channel imported after the fact: Slack time is event time; one message edited since, one deleted.
  event(
    '21',
    '2026-11-01T05:50:00Z',
    'slack.message-imported',
    {
      channelId: 'CWAR',
      slackTs: '1793425800.000100',
      threadTs: null,
      slackUserId: 'UCAROL',
      personId: 'carol',
      authorName: 'Carol',
      text: 'Rolling back &lt;v2&gt;',
      permalink: 'https://example.slack.com/archives/CWAR/p1793425800000100',
    },
    { actor: 'Alice', recordedAt: '2026-11-01T10:30:00Z' },
  ),
  event(
    '22',
    '2026-11-01T06:05:00Z',
    'slack.message-imported',
    {
      channelId: 'CWAR',
      slackTs: '1793426700.000200',
      threadTs: null,
      slackUserId: 'UDAVE',
      personId: null,
      authorName: 'dave',
      text: 'wrong channel, sorry',
      permalink: '',
    },
    { actor: 'Alice', recordedAt: '2026-11-01T10:30:00Z' },
  ),
  event('23', '2026-11-01T11:00:00Z', 'slack.message-edited', {
    channelId: 'CWAR',
    slackTs: '1793425800.000100',
    text: 'Rolling back to v2 &amp; watching',
  }),
  event('24', '2026-11-01T11:00:00Z', 'slack.message-deleted', {
    channelId: 'CWAR',
    slackTs: '1793426700.000200',
  }),
];

/** A describe that shows what the domain handed it: an entry's or a Slack message's text, else the type. */
export const describe = (e: IncidentEvent): string =>
  e.type === 'log.entry-added' || e.type === 'slack.message-imported' ? e.payload.text : e.type;
