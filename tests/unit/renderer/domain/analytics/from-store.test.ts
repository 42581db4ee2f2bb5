import { describe, expect, it } from 'vitest';
import {
  crossIncidentFigures,
  crossIncidentInputOf,
  dutyIntervalsOf,
  firstResponderCheckIns,
  type CrossIncidentStore,
} from '../../../../../renderer/src/domain/analytics';
import type { Incident } from '../../../../../renderer/src/domain/incident/types';
import type { CheckInFact, Person, RestFact } from '../../../../../renderer/src/domain/roster/types';

const hour = 3_600_000;
const at = (iso: string) => Date.parse(iso);

function stay(
  id: string,
  personId: string,
  incidentId: string,
  from: string,
  to: string | null,
): CheckInFact {
  return {
    id,
    incidentId,
    personId,
    location: 'remote',
    locationDetail: '',
    contact: '',
    assignment: '',
    checkedInAt: at(from),
    backdatedReason: null,
    checkedOutAt: to === null ? null : at(to),
    checkOutReason: null,
    checkOutNote: '',
  };
}

function rest(checkInId: string, from: string, to: string | null): RestFact {
  return {
    id: `r-${from}`,
    incidentId: 'i1',
    personId: 'p',
    checkInId,
    startedAt: at(from),
    endedAt: to === null ? null : at(to),
  };
}

function incident(id: string, declared: string, resolved: string | null, isDrill = false): Incident {
  return {
    id,
    title: id,
    severity: 'SEV-2',
    status: resolved === null ? 'investigating' : 'resolved',
    commanderId: 'ic',
    commanderName: 'Ida',
    summary: '',
    isDrill,
    declaredAt: at(declared),
    resolvedAt: resolved === null ? null : at(resolved),
    updatedAt: at(declared),
  };
}

const person = (id: string, name: string, timeZone: string): Person => ({
  id,
  name,
  team: '',
  contact: '',
  slackUserId: null,
  email: null,
  timeZone,
});

describe('dutyIntervalsOf', () => {
  it('cuts rests out of a stay, including one still going on', () => {
    const stays = [stay('s1', 'p', 'i1', '2026-03-01T10:00Z', '2026-03-01T18:00Z')];
    const rests = [
      rest('s1', '2026-03-01T12:00Z', '2026-03-01T13:00Z'),
      rest('s1', '2026-03-01T16:00Z', null),
    ];
    expect(dutyIntervalsOf(stays, rests)).toEqual([
      { personId: 'p', incidentId: 'i1', start: at('2026-03-01T10:00Z'), end: at('2026-03-01T12:00Z') },
      { personId: 'p', incidentId: 'i1', start: at('2026-03-01T13:00Z'), end: at('2026-03-01T16:00Z') },
    ]);
  });

  it('keeps a stay still open as open, and a person who checked in twice as two stays', () => {
    const stays = [
      stay('s1', 'p', 'i1', '2026-03-01T10:00Z', '2026-03-01T11:00Z'),
      stay('s2', 'p', 'i1', '2026-03-01T15:00Z', null),
    ];
    expect(dutyIntervalsOf(stays, [])).toEqual([
      { personId: 'p', incidentId: 'i1', start: at('2026-03-01T10:00Z'), end: at('2026-03-01T11:00Z') },
      { personId: 'p', incidentId: 'i1', start: at('2026-03-01T15:00Z'), end: null },
    ]);
  });
});

describe('firstResponderCheckIns', () => {
  it('skips the commander who declared the incident, even after they hand over', () => {
    const stays = [
      stay('a', 'ic', 'i1', '2026-03-01T10:00Z', null),
      stay('b', 'bob', 'i1', '2026-03-01T10:25Z', null),
      stay('c', 'carol', 'i1', '2026-03-01T10:12Z', null),
      stay('d', 'ic', 'i2', '2026-03-02T10:00Z', null),
    ];
    const first = firstResponderCheckIns(
      stays,
      new Map([
        ['i1', 'ic'],
        ['i2', 'ic'],
      ]),
    );
    expect(first.get('i1')).toBe(at('2026-03-01T10:12Z'));
    // Nobody came to help on i2: no figure, rather than a zero.
    expect(first.has('i2')).toBe(false);
  });
});

describe('crossIncidentInputOf', () => {
  it('gives the figures: night hours in the person’s zone, time to first check-in, drills left out', () => {
    const store: CrossIncidentStore = {
      incidents: [
        incident('i1', '2026-03-01T21:00Z', '2026-03-02T03:00Z'),
        incident('drill', '2026-03-03T10:00Z', '2026-03-03T10:30Z', true),
      ],
      checkIns: [
        stay('a', 'ic', 'i1', '2026-03-01T21:00Z', '2026-03-02T03:00Z'),
        // Bob in Tokyo (UTC+9): 21:20–03:00 UTC is 06:20–12:00 local, 1 h 40 sleeping then 4 working.
        stay('b', 'bob', 'i1', '2026-03-01T21:20Z', '2026-03-02T03:00Z'),
        stay('c', 'bob', 'drill', '2026-03-03T10:00Z', '2026-03-03T10:30Z'),
      ],
      rests: [],
      people: [person('ic', 'Ida', 'UTC'), person('bob', 'Bob', 'Asia/Tokyo')],
      declaredBy: new Map([
        ['i1', 'ic'],
        ['drill', 'ic'],
      ]),
    };
    const now = at('2026-03-05T00:00Z');
    const figures = crossIncidentFigures(
      crossIncidentInputOf(store, { now, windowDays: 7, includeDrills: false }),
    );
    const bob = figures.responders.find((r) => r.personId === 'bob');
    expect(bob).toMatchObject({ incidents: 1, workingHours: 4, lateHours: 0 });
    expect(bob?.sleepingHours).toBeCloseTo(100 / 60, 10);
    // Ida in UTC: 21–23 late, 23–03 sleeping.
    expect(figures.responders.find((r) => r.personId === 'ic')).toMatchObject({
      lateHours: 2,
      sleepingHours: 4,
      workingHours: 0,
    });
    const sev2 = figures.bySeverity.find((s) => s.severity === 'SEV-2');
    expect(sev2).toEqual({
      severity: 'SEV-2',
      incidents: 1,
      medianTimeToFirstCheckInMinutes: 20,
      medianTimeToResolveMinutes: 6 * 60,
    });
    const withDrills = crossIncidentFigures(
      crossIncidentInputOf(store, { now, windowDays: 7, includeDrills: true }),
    );
    expect(withDrills.responders.find((r) => r.personId === 'bob')?.incidents).toBe(2);
    expect(withDrills.responders.find((r) => r.personId === 'bob')?.totalHours).toBeCloseTo(
      (5 * hour + 40 * 60_000 + 30 * 60_000) / hour,
      10,
    );
  });
});
