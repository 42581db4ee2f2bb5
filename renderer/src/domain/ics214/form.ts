/**
 * ICS-214, the activity log each responder (and the incident as a whole) keeps: the incident, the
 * operational period, who, in which ICS positions, from which team, with which resources, and what they
 * did when. Built from the roster's facts and the incident's timeline, never typed again.
 */
import type { CheckInFact, Person, ResponderRole, TenureFact } from '../roster/types';
import type { Task, TaskStatus } from '../tasks/types';
import type { TimelineSpan } from '../timeline/clock';
import type { TimelineLine } from '../timeline/line';

/** One responder's log, or the whole incident's (everyone's activity, every position). */
export type Ics214Subject = { personId: string } | 'whole-incident';

/** A role held: by whom (for the whole incident's form), from, and to (null while still held). */
export type Ics214Position = { role: ResponderRole; name: string; from: number; to: number | null };

export type Ics214Resource =
  | { kind: 'assignment'; text: string }
  | { kind: 'task'; title: string; status: TaskStatus }
  | { kind: 'responder'; name: string; roles: ResponderRole[]; team: string; assignment: string };

export type Ics214Form = {
  incidentName: string;
  period: TimelineSpan;
  /** The responder's name; null on the whole incident's form. */
  name: string | null;
  positions: Ics214Position[];
  team: string;
  resources: Ics214Resource[];
  activity: TimelineLine[];
};

export type Ics214Input = {
  incident: { title: string; declaredAt: number; resolvedAt: number | null };
  people: ReadonlyMap<string, Person>;
  /** This incident's check-ins, tenures and tasks. */
  checkIns: readonly CheckInFact[];
  tenures: readonly TenureFact[];
  tasks: readonly Task[];
  /** The incident's whole timeline, in event-time order. */
  lines: readonly TimelineLine[];
  now: number;
};

function nameOf(people: ReadonlyMap<string, Person>, personId: string): string {
  return people.get(personId)?.name ?? personId;
}

function positionsOf(input: Ics214Input, tenures: readonly TenureFact[]): Ics214Position[] {
  return [...tenures]
    .sort((a, b) => a.assumedAt - b.assumedAt)
    .map((t) => ({
      role: t.role,
      name: nameOf(input.people, t.personId),
      from: t.assumedAt,
      to: t.renouncedAt,
    }));
}

/** Each person once, in the order they first checked in, with their latest stay's assignment. */
function responders(input: Ics214Input): Ics214Resource[] {
  const stays = [...input.checkIns].sort((a, b) => a.checkedInAt - b.checkedInAt);
  const latest = new Map<string, CheckInFact>();
  for (const stay of stays) latest.set(stay.personId, stay);
  return [...latest.keys()].map((personId) => ({
    kind: 'responder',
    name: nameOf(input.people, personId),
    roles: [...new Set(input.tenures.filter((t) => t.personId === personId).map((t) => t.role))],
    team: input.people.get(personId)?.team ?? '',
    assignment: latest.get(personId)?.assignment ?? '',
  }));
}

function incidentEnd(input: Ics214Input): number {
  return input.incident.resolvedAt ?? input.now;
}

function wholeIncident(input: Ics214Input): Ics214Form {
  const teams = [...new Set(input.checkIns.map((c) => input.people.get(c.personId)?.team ?? ''))];
  return {
    incidentName: input.incident.title,
    period: { from: input.incident.declaredAt, to: incidentEnd(input) },
    name: null,
    positions: positionsOf(input, input.tenures),
    team: teams.filter((team) => team !== '').join('; '),
    resources: responders(input),
    activity: [...input.lines],
  };
}

/** First check-in to last check-out; while they are still on it, to the resolution or now. */
function periodOf(input: Ics214Input, stays: readonly CheckInFact[]): TimelineSpan {
  if (stays.length === 0) return { from: input.incident.declaredAt, to: incidentEnd(input) };
  const from = Math.min(...stays.map((s) => s.checkedInAt));
  const stillOn = stays.some((s) => s.checkedOutAt === null);
  const to = stillOn ? incidentEnd(input) : Math.max(...stays.map((s) => s.checkedOutAt ?? 0));
  return { from, to };
}

function personal(input: Ics214Input, personId: string): Ics214Form {
  const stays = input.checkIns
    .filter((c) => c.personId === personId)
    .sort((a, b) => a.checkedInAt - b.checkedInAt);
  const assignments = [...new Set(stays.map((s) => s.assignment.trim()).filter((a) => a !== ''))];
  const tasks = input.tasks
    .filter((task) => task.ownerId === personId)
    .sort((a, b) => a.createdAt - b.createdAt);
  return {
    incidentName: input.incident.title,
    period: periodOf(input, stays),
    name: nameOf(input.people, personId),
    positions: positionsOf(
      input,
      input.tenures.filter((t) => t.personId === personId),
    ),
    team: input.people.get(personId)?.team ?? '',
    resources: [
      ...assignments.map((text): Ics214Resource => ({ kind: 'assignment', text })),
      ...tasks.map((task): Ics214Resource => ({ kind: 'task', title: task.title, status: task.status })),
    ],
    activity: input.lines.filter((line) => line.people.includes(personId)),
  };
}

/** The ICS-214 of one responder, or of the whole incident. */
export function ics214Form(subject: Ics214Subject, input: Ics214Input): Ics214Form {
  return subject === 'whole-incident' ? wholeIncident(input) : personal(input, subject.personId);
}
