/**
 * The roster the IC reads: who is on the incident now, in which roles, resting or not, how tired,
 * most fatigued first. Fatigue counts work on every incident the person is on (once), so the inputs
 * carry each person's check-ins and rests across incidents.
 */
import { assessTeamFatigue } from '../fatigue/model';
import type { ResponderState } from '../fatigue/nudges';
import type { FatigueThresholds } from '../fatigue/thresholds';
import type { FatigueAssessment, FatigueLevel, FatiguePerson } from '../fatigue/types';
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
};

export type RosterEntry = {
  checkIn: CheckInFact;
  person: Person;
  roles: { tenureId: string; role: ResponderRole }[];
  isCommander: boolean;
  restingSince: number | null;
  fatigue: FatigueAssessment;
  openTasks: number;
};

export type Roster = { onDuty: RosterEntry[]; checkedOut: { checkIn: CheckInFact; person: Person }[] };

const levelRank: Record<FatigueLevel, number> = { exhausted: 3, tired: 2, ok: 1, fresh: 0 };

function fatigueInput(person: Person, input: RosterInput): FatiguePerson {
  return {
    personId: person.id,
    name: person.name,
    timeZone: person.timeZone,
    duty: input.checkIns
      .filter((c) => c.personId === person.id)
      .map((c) => ({ incidentId: c.incidentId, start: c.checkedInAt, end: c.checkedOutAt })),
    rests: input.rests
      .filter((r) => r.personId === person.id)
      .map((r) => ({ start: r.startedAt, end: r.endedAt })),
  };
}

/** Builds the roster at `now`; pure, so the cockpit recomputes it each tick and tests pass any time. */
export function buildRoster(input: RosterInput, now: number, thresholds: FatigueThresholds): Roster {
  const here = input.checkIns.filter((c) => c.incidentId === input.incidentId);
  const open = here.filter((c) => c.checkedOutAt === null);
  const people = open.flatMap((c) => {
    const person = input.people.get(c.personId);
    return person === undefined ? [] : [person];
  });
  const fatigue = assessTeamFatigue(
    people.map((p) => fatigueInput(p, input)),
    now,
    thresholds,
  );
  const onDuty = open.flatMap((checkIn): RosterEntry[] => {
    const person = input.people.get(checkIn.personId);
    const assessment = fatigue.get(checkIn.personId);
    if (person === undefined || assessment === undefined) return [];
    const roles = input.tenures
      .filter((t) => t.personId === person.id && t.renouncedAt === null)
      .map((t) => ({ tenureId: t.id, role: t.role }));
    const rest = input.rests.find((r) => r.checkInId === checkIn.id && r.endedAt === null);
    return [
      {
        checkIn,
        person,
        roles,
        isCommander: roles.some((r) => r.role === 'incident-commander'),
        restingSince: rest?.startedAt ?? null,
        fatigue: assessment,
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
export function responderStates(roster: Roster, input: RosterInput): ResponderState[] {
  return roster.onDuty.map((entry) => ({
    ...fatigueInput(entry.person, input),
    roles: entry.roles.map((r) => r.role),
    isCommander: entry.isCommander,
    resting: entry.restingSince !== null,
  }));
}
