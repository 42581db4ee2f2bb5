/**
 * The roster the IC reads: who is on the incident now, in which roles, resting or not, how tired,
 * most fatigued first. Fatigue counts work on every incident the person is on (once), so the inputs
 * carry each person's check-ins and rests across incidents.
 */
import { assessTeamFatigue } from '../fatigue/model';
import type { ResponderState } from '../fatigue/nudges';
import type { FatigueThresholds } from '../fatigue/thresholds';
import type { FatigueAssessment, FatigueLevel, FatiguePerson } from '../fatigue/types';
import { stayEnd } from '../incident/resolution';
import type { CheckInFact, Person, RestFact, ResponderRole, TenureFact } from './types';

export type RosterInput = {
  incidentId: string;
  people: ReadonlyMap<string, Person>;
  /** Check-ins of everyone who was ever on this incident, on any incident. */
  checkIns: readonly CheckInFact[];
  /** Rests of the same people, on any incident. */
  rests: readonly RestFact[];
  /** Role tenures on this incident. */
  tenures: readonly TenureFact[];
  openTasksByPerson?: ReadonlyMap<string, number>;
  /** When each resolved incident among those check-ins was resolved: work there ends at that time. */
  resolvedAt?: ReadonlyMap<string, number>;
};

export type RosterEntry = {
  checkIn: CheckInFact;
  person: Person;
  roles: { tenureId: string; role: ResponderRole }[];
  isCommander: boolean;
  restingSince: number | null;
  fatigue: FatigueAssessment;
  /** The person's work and rest across incidents, as the fatigue model read it. */
  history: FatiguePerson;
  openTasks: number;
};

export type Roster = { onDuty: RosterEntry[]; checkedOut: { checkIn: CheckInFact; person: Person }[] };

const levelRank: Record<FatigueLevel, number> = { exhausted: 3, tired: 2, ok: 1, fresh: 0 };

/**
 * Each person's work and rest across incidents, built in one pass over the rows: the roster is
 * recomputed every second, so per-person scans of every row (200 people × 30 days) would not do.
 */
function fatigueInputs(input: RosterInput, people: readonly Person[]): Map<string, FatiguePerson> {
  const byPerson = new Map<
    string,
    FatiguePerson & { duty: FatiguePerson['duty'][number][]; rests: FatiguePerson['rests'][number][] }
  >();
  for (const person of people) {
    byPerson.set(person.id, {
      personId: person.id,
      name: person.name,
      timeZone: person.timeZone,
      duty: [],
      rests: [],
    });
  }
  for (const c of input.checkIns) {
    byPerson.get(c.personId)?.duty.push({
      incidentId: c.incidentId,
      start: c.checkedInAt,
      end: stayEnd(c, input.resolvedAt?.get(c.incidentId)),
    });
  }
  for (const r of input.rests) byPerson.get(r.personId)?.rests.push({ start: r.startedAt, end: r.endedAt });
  return byPerson;
}

/** Builds the roster at `now`; pure, so the cockpit recomputes it each tick and tests pass any time. */
export function buildRoster(input: RosterInput, now: number, thresholds: FatigueThresholds): Roster {
  const here = input.checkIns.filter((c) => c.incidentId === input.incidentId);
  const open = here.filter((c) => c.checkedOutAt === null);
  const people = open.flatMap((c) => {
    const person = input.people.get(c.personId);
    return person === undefined ? [] : [person];
  });
  const histories = fatigueInputs(input, people);
  const fatigue = assessTeamFatigue([...histories.values()], now, thresholds);
  const openRests = new Map<string, number>();
  for (const r of input.rests) if (r.endedAt === null) openRests.set(r.checkInId, r.startedAt);
  const rolesByPerson = new Map<string, { tenureId: string; role: ResponderRole }[]>();
  for (const t of input.tenures) {
    if (t.renouncedAt !== null) continue;
    const held = rolesByPerson.get(t.personId) ?? [];
    held.push({ tenureId: t.id, role: t.role });
    rolesByPerson.set(t.personId, held);
  }
  const onDuty = open.flatMap((checkIn): RosterEntry[] => {
    const person = input.people.get(checkIn.personId);
    const assessment = fatigue.get(checkIn.personId);
    const history = histories.get(checkIn.personId);
    if (person === undefined || assessment === undefined || history === undefined) return [];
    const roles = rolesByPerson.get(person.id) ?? [];
    return [
      {
        checkIn,
        person,
        roles,
        isCommander: roles.some((r) => r.role === 'incident-commander'),
        restingSince: openRests.get(checkIn.id) ?? null,
        fatigue: assessment,
        history,
        openTasks: input.openTasksByPerson?.get(person.id) ?? 0,
      },
    ];
  });
  onDuty.sort(
    (a, b) =>
      levelRank[b.fatigue.level] - levelRank[a.fatigue.level] ||
      b.fatigue.dutyMinutes - a.fatigue.dutyMinutes ||
      a.person.name.localeCompare(b.person.name),
  );
  const checkedOut = here
    .filter((c) => c.checkedOutAt !== null)
    .sort((a, b) => (b.checkedOutAt ?? 0) - (a.checkedOutAt ?? 0))
    .flatMap((checkIn) => {
      const person = input.people.get(checkIn.personId);
      return person === undefined ? [] : [{ checkIn, person }];
    });
  return { onDuty, checkedOut };
}

/** What the nudge rules need about each responder on duty. */
export function responderStates(roster: Roster): ResponderState[] {
  return roster.onDuty.map((entry) => ({
    ...entry.history,
    roles: entry.roles.map((r) => r.role),
    isCommander: entry.isCommander,
    resting: entry.restingSince !== null,
  }));
}
