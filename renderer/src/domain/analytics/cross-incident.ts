/**
 * Load across incidents over the last 7, 30 or 90 days: who carries the hours (and at what time of their
 * day), and how fast we get someone on an incident and resolve it, by severity.
 */
import { severities, type Severity } from '../incident/types';
import { splitHours, type Interval } from './hours-split';

export const analyticsWindowDays = [7, 30, 90] as const;
export type AnalyticsWindowDays = (typeof analyticsWindowDays)[number];

export type IncidentFacts = {
  id: string;
  severity: Severity;
  declaredAt: number;
  resolvedAt: number | null;
  isDrill: boolean;
  firstCheckInAt: number | null;
};

/** One stretch of a person on an incident, from check-in to check-out (null while still checked in). */
export type DutyInterval = { personId: string; incidentId: string; start: number; end: number | null };

export type PersonFacts = { id: string; name: string; timeZone: string };

export type CrossIncidentInput = {
  incidents: readonly IncidentFacts[];
  duty: readonly DutyInterval[];
  people: readonly PersonFacts[];
  now: number;
  windowDays: AnalyticsWindowDays;
  includeDrills: boolean;
};

export type ResponderHours = {
  personId: string;
  name: string;
  incidents: number;
  workingHours: number;
  lateHours: number;
  sleepingHours: number;
  totalHours: number;
};

export type SeverityFigures = {
  severity: Severity;
  incidents: number;
  medianTimeToFirstCheckInMinutes: number | null;
  medianTimeToResolveMinutes: number | null;
};

export type CrossIncidentFigures = {
  windowStart: number;
  windowEnd: number;
  responders: ResponderHours[];
  bySeverity: SeverityFigures[];
};

const minute = 60_000;
const day = 86_400_000;

/** The middle value (mean of the two middle ones for an even count); null when there is none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

type ResponderTally = { incidentIds: Set<string>; intervals: Interval[] };

/**
 * Hours count the duty time inside the window [now − windowDays, now] (still-open duty ends at now), with
 * overlapping incidents counted once. A responder's incidents are those they were on during the window;
 * the severity figures take the incidents declared in the window. Drills are left out unless asked for;
 * duty on an incident not in `incidents` is left out too, as nobody can tell whether it was a drill.
 */
export function crossIncidentFigures(input: CrossIncidentInput): CrossIncidentFigures {
  const { incidents, duty, people, now, windowDays, includeDrills } = input;
  const windowStart = now - windowDays * day;
  const counted = new Map<string, IncidentFacts>();
  for (const incident of incidents) {
    if (includeDrills || !incident.isDrill) counted.set(incident.id, incident);
  }

  const tallies = new Map<string, ResponderTally>();
  for (const row of duty) {
    if (!counted.has(row.incidentId)) continue;
    const start = Math.max(row.start, windowStart);
    const end = Math.min(row.end ?? now, now);
    if (end < start) continue;
    let tally = tallies.get(row.personId);
    if (tally === undefined) {
      tally = { incidentIds: new Set(), intervals: [] };
      tallies.set(row.personId, tally);
    }
    tally.incidentIds.add(row.incidentId);
    tally.intervals.push({ start, end });
  }

  const personById = new Map(people.map((person) => [person.id, person]));
  const responders = [...tallies].map(([personId, tally]): ResponderHours => {
    const person = personById.get(personId);
    const split = splitHours(tally.intervals, person?.timeZone ?? 'UTC');
    const workingHours = split.workingMinutes / 60;
    const lateHours = split.lateMinutes / 60;
    const sleepingHours = split.sleepingMinutes / 60;
    return {
      personId,
      name: person?.name ?? personId,
      incidents: tally.incidentIds.size,
      workingHours,
      lateHours,
      sleepingHours,
      totalHours: workingHours + lateHours + sleepingHours,
    };
  });
  responders.sort((a, b) => b.totalHours - a.totalHours || a.name.localeCompare(b.name));

  return { windowStart, windowEnd: now, responders, bySeverity: severityFigures(counted, windowStart, now) };
}

function severityFigures(
  counted: ReadonlyMap<string, IncidentFacts>,
  windowStart: number,
  now: number,
): SeverityFigures[] {
  const declared = [...counted.values()].filter((i) => i.declaredAt >= windowStart && i.declaredAt <= now);
  return severities.map((severity): SeverityFigures => {
    const ofSeverity = declared.filter((incident) => incident.severity === severity);
    const toFirstCheckIn = ofSeverity.flatMap((incident) =>
      incident.firstCheckInAt === null
        ? []
        : [Math.max(0, incident.firstCheckInAt - incident.declaredAt) / minute],
    );
    const toResolve = ofSeverity.flatMap((incident) =>
      incident.resolvedAt === null ? [] : [Math.max(0, incident.resolvedAt - incident.declaredAt) / minute],
    );
    return {
      severity,
      incidents: ofSeverity.length,
      medianTimeToFirstCheckInMinutes: median(toFirstCheckIn),
      medianTimeToResolveMinutes: median(toResolve),
    };
  });
}
