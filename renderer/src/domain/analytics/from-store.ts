/**
 * The cross-incident figures' input, built from the projected facts (incidents, check-ins, rests, people)
 * rather than from the logs of hundreds of incidents: the projection already holds each stay's times.
 */
import { resolutionTimes, stayEnd } from '../incident/resolution';
import type { Incident } from '../incident/types';
import type { CheckInFact, Person, RestFact } from '../roster/types';
import type {
  AnalyticsWindowDays,
  CrossIncidentInput,
  DutyInterval,
  IncidentFacts,
  PersonFacts,
} from './cross-incident';

export type CrossIncidentStore = {
  incidents: readonly Incident[];
  /** Stays on those incidents. */
  checkIns: readonly CheckInFact[];
  /** Rests taken during those stays. */
  rests: readonly RestFact[];
  people: readonly Person[];
  /** Who declared each incident (from its `incident.declared` event), by incident id. */
  declaredBy: ReadonlyMap<string, string>;
};

const day = 86_400_000;

/** Whether an incident may count in a window: still open, or resolved after the window began. */
export function overlapsWindow(incident: Incident, windowStart: number): boolean {
  return incident.resolvedAt === null || incident.resolvedAt >= windowStart;
}

/** Where a window of the last `windowDays` days ending at `now` begins. */
export function windowStartOf(now: number, windowDays: AnalyticsWindowDays): number {
  return now - windowDays * day;
}

/**
 * A person's time at work on an incident: each stay from check-in to check-out, with their rests cut out,
 * so a responder who slept through the night on a rest is not shown as working through it.
 */
export function dutyIntervalsOf(
  checkIns: readonly CheckInFact[],
  rests: readonly RestFact[],
  resolvedAt: ReadonlyMap<string, number> = new Map(),
): DutyInterval[] {
  const restsByStay = new Map<string, RestFact[]>();
  for (const rest of rests) {
    const list = restsByStay.get(rest.checkInId) ?? [];
    list.push(rest);
    restsByStay.set(rest.checkInId, list);
  }
  const duty: DutyInterval[] = [];
  for (const stay of checkIns) {
    const base = { personId: stay.personId, incidentId: stay.incidentId };
    // A stay left open on a resolved incident stops adding hours at the resolution.
    const end = stayEnd(stay, resolvedAt.get(stay.incidentId));
    let from: number | null = stay.checkedInAt;
    const stayRests = (restsByStay.get(stay.id) ?? []).sort((a, b) => a.startedAt - b.startedAt);
    for (const rest of stayRests) {
      if (from === null) break;
      const restStart = Math.max(rest.startedAt, from);
      if (end !== null && restStart >= end) break;
      if (restStart > from) duty.push({ ...base, start: from, end: restStart });
      from = rest.endedAt === null ? null : Math.max(from, rest.endedAt);
    }
    if (from !== null && (end === null || end > from)) duty.push({ ...base, start: from, end });
  }
  return duty;
}

/**
 * "Time to first responder check-in": when the first person other than the commander who declared the
 * incident checked in. The declaring commander is checked in by the declaration itself, so counting them
 * would always give zero; a back-dated check-in before the declaration counts as zero.
 */
export function firstResponderCheckIns(
  checkIns: readonly CheckInFact[],
  declaredBy: ReadonlyMap<string, string>,
): Map<string, number> {
  const first = new Map<string, number>();
  for (const stay of checkIns) {
    if (declaredBy.get(stay.incidentId) === stay.personId) continue;
    const known = first.get(stay.incidentId);
    if (known === undefined || stay.checkedInAt < known) first.set(stay.incidentId, stay.checkedInAt);
  }
  return first;
}

/** Everything `crossIncidentFigures` needs, for the window ending at `now`. */
export function crossIncidentInputOf(
  store: CrossIncidentStore,
  options: { now: number; windowDays: AnalyticsWindowDays; includeDrills: boolean },
): CrossIncidentInput {
  const firstCheckIns = firstResponderCheckIns(store.checkIns, store.declaredBy);
  const incidents = store.incidents.map((incident): IncidentFacts => ({
    id: incident.id,
    severity: incident.severity,
    declaredAt: incident.declaredAt,
    resolvedAt: incident.resolvedAt,
    isDrill: incident.isDrill,
    firstCheckInAt: firstCheckIns.get(incident.id) ?? null,
  }));
  const people = store.people.map((person): PersonFacts => ({
    id: person.id,
    name: person.name,
    timeZone: person.timeZone,
  }));
  return {
    ...options,
    incidents,
    people,
    duty: dutyIntervalsOf(store.checkIns, store.rests, resolutionTimes(store.incidents)),
  };
}
