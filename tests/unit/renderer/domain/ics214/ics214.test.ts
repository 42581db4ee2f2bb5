import { describe, expect, it } from 'vitest';
import {
  ics214Csv,
  ics214Form,
  ics214Markdown,
  type Ics214Input,
  type Ics214Words,
} from '../../../../../renderer/src/domain/ics214';
import type { CheckInFact, TenureFact } from '../../../../../renderer/src/domain/roster/types';
import type { Task } from '../../../../../renderer/src/domain/tasks/types';
import { buildTimeline, incidentSpan, timelineClock } from '../../../../../renderer/src/domain/timeline';
import { at, describe as describeEvent, events, incident, people } from '../timeline/fixtures';

const stay = (personId: string, from: string, to: string | null, assignment = ''): CheckInFact => ({
  id: `c-${personId}`,
  incidentId: 'inc',
  personId,
  location: 'remote',
  locationDetail: '',
  contact: '',
  assignment,
  checkedInAt: at(from),
  backdatedReason: null,
  checkedOutAt: to === null ? null : at(to),
  checkOutReason: to === null ? null : 'shift-end',
  checkOutNote: '',
});
const tenure = (
  id: string,
  personId: string,
  role: TenureFact['role'],
  from: string,
  to: string | null,
): TenureFact => ({
  id,
  incidentId: 'inc',
  personId,
  role,
  assumedAt: at(from),
  renouncedAt: to === null ? null : at(to),
});
const task: Task = {
  id: 'k1',
  incidentId: 'inc',
  title: 'Fail over the DB',
  description: '',
  category: 'restore-service',
  ownerId: 'bob',
  ownerName: 'Bob',
  status: 'done',
  statusReason: '',
  checkBackAt: null,
  timeBoxMinutes: 15,
  acknowledged: true,
  dueAt: null,
  origin: null,
  createdAt: at('2026-11-01T05:30:00Z'),
  updatedAt: at('2026-11-01T08:10:00Z'),
};

const lines = buildTimeline({ events, people, describe: describeEvent });
const input: Ics214Input = {
  incident,
  people: new Map(people.map((p) => [p.id, p])),
  checkIns: [
    stay('alice', '2026-11-01T03:30:00Z', null),
    stay('bob', '2026-11-01T03:40:00Z', '2026-11-01T09:00:00Z', 'Fail over the payments DB'),
  ],
  tenures: [
    tenure('t-alice', 'alice', 'incident-commander', '2026-11-01T03:30:00Z', '2026-11-01T08:00:00Z'),
    tenure('t-bob', 'bob', 'ops-lead', '2026-11-01T03:40:00Z', '2026-11-01T09:00:00Z'),
    tenure('t-carol', 'carol', 'incident-commander', '2026-11-01T08:00:00Z', null),
  ],
  tasks: [task],
  lines,
  now: at('2026-11-01T12:00:00Z'),
};
const clock = timelineClock('America/New_York', 'en-US', incidentSpan(incident, lines, input.now));
const words: Ics214Words = {
  title: 'ICS-214 Activity log — Bob',
  fields: {
    incidentName: 'Incident name',
    periodFrom: 'Operational period from',
    periodTo: 'Operational period to',
    name: 'Name',
    position: 'ICS position',
    team: 'Home unit / team',
    resources: 'Resources assigned',
  },
  dateTime: 'Date and time',
  activity: 'Notable activity',
  wholeIncident: 'Whole incident',
  ongoing: 'ongoing',
  role: (role) =>
    ({ 'incident-commander': 'Incident commander', 'ops-lead': 'Ops lead' })[role as 'ops-lead'] ?? role,
  kind: (kind) => kind,
  taskStatus: (status) => (status === 'done' ? 'Done' : status),
  assignment: (text) => `Assignment: ${text}`,
  task: (title, status) => `Task: ${title} (${status})`,
  recorded: (time, reason) => (reason === null ? `recorded ${time}` : `recorded ${time}: ${reason}`),
  changedInSlack: (change) => change,
};

describe('ICS-214 of one responder', () => {
  it('holds their period, positions, team, resources and only their activity, in event time', () => {
    expect(ics214Markdown(ics214Form({ personId: 'bob' }, input), words, clock).split('\n')).toEqual([
      '# ICS-214 Activity log — Bob',
      '',
      '| Incident name | Payments down |',
      '| --- | --- |',
      '| Operational period from | 10/31/2026, 23:40 EDT |',
      '| Operational period to | 11/01/2026, 04:00 EST |',
      '| Name | Bob |',
      '| ICS position | Ops lead: 10/31/2026, 23:40 EDT – 11/01/2026, 04:00 EST |',
      '| Home unit / team | Payments |',
      '| Resources assigned | Assignment: Fail over the payments DB |',
      '| Resources assigned | Task: Fail over the DB (Done) |',
      '',
      '| Date and time (America/New_York) | Notable activity |',
      '| --- | --- |',
      '| 10/31/2026, 23:40 EDT | check-in: responder.checked-in |',
      '| 11/01/2026, 01:20 EDT | fact: =1+1 errors began — recorded 01:50 EST: seen later in the graphs |',
      '| 11/01/2026, 01:30 EDT | task-assigned: task.assigned |',
      '| 11/01/2026, 03:10 EST | task-finished: task.status-changed |',
      '| 11/01/2026, 03:20 EST | rest: rest.started |',
      '| 11/01/2026, 04:00 EST | check-out: responder.checked-out |',
      '',
    ]);
  });

  it('runs a responder still on the incident to its resolution', () => {
    const alice = ics214Form({ personId: 'alice' }, input);
    expect(alice.period).toEqual({ from: at('2026-11-01T03:30:00Z'), to: incident.resolvedAt });
    expect(alice.resources).toEqual([]);
  });

  it('keeps a formula typed into a directory field as text in the CSV', () => {
    const bob = input.people.get('bob');
    if (bob === undefined) throw new Error('the fixture has Bob');
    const hostile = new Map(input.people);
    hostile.set('bob', { ...bob, team: '=HYPERLINK("http://x")' });
    const csv = ics214Csv(ics214Form({ personId: 'bob' }, { ...input, people: hostile }), words, clock);
    expect(csv.split('\r\n')).toContain(`Home unit / team,"'=HYPERLINK(""http://x"")"`);
  });
});

describe('ICS-214 of the whole incident', () => {
  const csv = ics214Csv(ics214Form('whole-incident', input), words, clock).split('\r\n');

  it('lists every position with its holder, every responder as a resource, everyone’s activity', () => {
    expect(csv.slice(0, 10)).toEqual([
      'Incident name,Payments down',
      'Operational period from,"10/31/2026, 23:30 EDT"',
      'Operational period to,"11/01/2026, 05:00 EST"',
      'Name,Whole incident',
      'ICS position,"Incident commander (Alice): 10/31/2026, 23:30 EDT – 11/01/2026, 03:00 EST"',
      'ICS position,"Ops lead (Bob): 10/31/2026, 23:40 EDT – 11/01/2026, 04:00 EST"',
      'ICS position,"Incident commander (Carol): 11/01/2026, 03:00 EST – ongoing"',
      'Home unit / team,Incident response; Payments',
      'Resources assigned,Alice — Incident commander — Incident response',
      'Resources assigned,Bob — Ops lead — Payments — Fail over the payments DB',
    ]);
    expect(csv[10]).toBe('Date and time (America/New_York),Notable activity');
    expect(csv.slice(11, -1)).toHaveLength(lines.length);
  });

  it('says whose each line was, keeps formulas as text and gives an update as sent with its link', () => {
    expect(csv).toContain(
      '"11/01/2026, 01:20 EDT",fact: =1+1 errors began (Bob) — recorded 01:50 EST: seen later in the graphs',
    );
    expect(csv).toContain(
      '"11/01/2026, 02:05 EST","stakeholder-update: broadcast.sent (Alice)\nSEV-1 · Payments down\n\nWe fail over <db> & watch\nhttps://example.slack.com/archives/C1/p1793430310000100"',
    );
    expect(csv.at(-1)).toBe('');
  });
});

describe('a drill’s ICS-214', () => {
  const drill = { word: 'DRILL', notice: 'This is a drill, not a real incident.' };

  it('says DRILL in its Markdown title and first paragraph, and in the first CSV row', () => {
    const form = ics214Form('whole-incident', input);
    expect(
      ics214Markdown(form, { ...words, drill }, clock)
        .split('\n')
        .slice(0, 3),
    ).toEqual([
      '# [DRILL] ICS-214 Activity log — Bob',
      '',
      '> **DRILL**: This is a drill, not a real incident.',
    ]);
    const csv = ics214Csv(form, { ...words, drill }, clock).split('\r\n');
    expect(csv[0]).toBe('"[DRILL] This is a drill, not a real incident."');
    expect(ics214Csv(form, words, clock)).not.toContain('DRILL');
  });
});
