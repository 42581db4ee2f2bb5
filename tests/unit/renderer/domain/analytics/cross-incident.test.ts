import { describe, expect, it } from 'vitest';
import {
  crossIncidentFigures,
  median,
  type CrossIncidentInput,
  type DutyInterval,
  type IncidentFacts,
} from '../../../../../renderer/src/domain/analytics';

const at = (day: number, hour: number, minute = 0): number => Date.UTC(2026, 3, day, hour, minute);
const now = at(30, 12);

const incident = (
  facts: Partial<IncidentFacts> & Pick<IncidentFacts, 'id' | 'declaredAt'>,
): IncidentFacts => ({
  severity: 'SEV-1',
  resolvedAt: null,
  isDrill: false,
  firstCheckInAt: null,
  ...facts,
});

const incidents: IncidentFacts[] = [
  incident({ id: 'i1', declaredAt: at(28, 9), resolvedAt: at(28, 13), firstCheckInAt: at(28, 9, 10) }),
  incident({ id: 'i2', declaredAt: at(29, 20), resolvedAt: at(30, 2), firstCheckInAt: at(29, 20, 30) }),
  incident({ id: 'i3', declaredAt: at(30, 10), firstCheckInAt: at(30, 10, 20) }),
  incident({
    id: 'i4',
    severity: 'SEV-2',
    isDrill: true,
    declaredAt: at(27, 14),
    resolvedAt: at(27, 15),
    firstCheckInAt: at(27, 14, 5),
  }),
  incident({ id: 'i5', severity: 'SEV-3', declaredAt: at(20, 10), resolvedAt: at(24, 10) }),
  incident({ id: 'i6', severity: 'SEV-2', declaredAt: at(29, 10) }),
];

const duty: DutyInterval[] = [
  { personId: 'alice', incidentId: 'i1', start: at(28, 9), end: at(28, 13) },
  // Alice on i6 while still on i1: 09:00–14:00 is five hours, not seven.
  { personId: 'alice', incidentId: 'i6', start: at(28, 11), end: at(28, 14) },
  // Began before the 7-day window (23 April 12:00): only 12:00–18:00 counts.
  { personId: 'alice', incidentId: 'i5', start: at(23, 6), end: at(23, 18) },
  // Bob checked in twice on i2; on a Tokyo clock 05:00–07:00 (sleeping) and 08:00–11:00 (working).
  { personId: 'bob', incidentId: 'i2', start: at(29, 20), end: at(29, 22) },
  { personId: 'bob', incidentId: 'i2', start: at(29, 23), end: at(30, 2) },
  // Carol still on i3: New York 06:00–08:00 EDT up to now.
  { personId: 'carol', incidentId: 'i3', start: at(30, 10), end: null },
  { personId: 'carol', incidentId: 'i4', start: at(27, 14), end: at(27, 15) },
];

const input: CrossIncidentInput = {
  incidents,
  duty,
  people: [
    { id: 'alice', name: 'Alice', timeZone: 'UTC' },
    { id: 'bob', name: 'Bob', timeZone: 'Asia/Tokyo' },
    { id: 'carol', name: 'Carol', timeZone: 'America/New_York' },
  ],
  now,
  windowDays: 7,
  includeDrills: false,
};

describe('crossIncidentFigures', () => {
  it('splits each responder’s hours in their own zone, busiest first, overlaps counted once', () => {
    const figures = crossIncidentFigures(input);
    expect(figures.windowStart).toBe(at(23, 12));
    expect(figures.responders).toEqual([
      {
        personId: 'alice',
        name: 'Alice',
        incidents: 3,
        workingHours: 11,
        lateHours: 0,
        sleepingHours: 0,
        totalHours: 11,
      },
      {
        personId: 'bob',
        name: 'Bob',
        incidents: 1,
        workingHours: 3,
        lateHours: 0,
        sleepingHours: 2,
        totalHours: 5,
      },
      {
        personId: 'carol',
        name: 'Carol',
        incidents: 1,
        workingHours: 0,
        lateHours: 0,
        sleepingHours: 2,
        totalHours: 2,
      },
    ]);
  });

  it('takes medians by severity over the incidents declared in the window, drills left out', () => {
    const bySeverity = crossIncidentFigures(input).bySeverity;
    expect(bySeverity).toEqual([
      // Check-ins after 10, 30, 20 minutes; resolved after 240 and 360 (i3 still open).
      {
        severity: 'SEV-1',
        incidents: 3,
        medianTimeToFirstCheckInMinutes: 20,
        medianTimeToResolveMinutes: 300,
      },
      {
        severity: 'SEV-2',
        incidents: 1,
        medianTimeToFirstCheckInMinutes: null,
        medianTimeToResolveMinutes: null,
      },
      // i5 was declared before the window.
      {
        severity: 'SEV-3',
        incidents: 0,
        medianTimeToFirstCheckInMinutes: null,
        medianTimeToResolveMinutes: null,
      },
      {
        severity: 'SEV-4',
        incidents: 0,
        medianTimeToFirstCheckInMinutes: null,
        medianTimeToResolveMinutes: null,
      },
      {
        severity: 'SEV-5',
        incidents: 0,
        medianTimeToFirstCheckInMinutes: null,
        medianTimeToResolveMinutes: null,
      },
    ]);
  });

  it('counts drills when asked to', () => {
    const figures = crossIncidentFigures({ ...input, includeDrills: true });
    const carol = figures.responders.find((row) => row.personId === 'carol');
    // The drill ran 10:00–11:00 EDT.
    expect(carol).toMatchObject({ incidents: 2, workingHours: 1, sleepingHours: 2, totalHours: 3 });
    expect(figures.bySeverity[1]).toEqual({
      severity: 'SEV-2',
      incidents: 2,
      medianTimeToFirstCheckInMinutes: 5,
      medianTimeToResolveMinutes: 60,
    });
  });

  it('widens to 30 days: the whole of an older incident counts', () => {
    const figures = crossIncidentFigures({ ...input, windowDays: 30 });
    // i5 on a UTC clock, 06:00–18:00: 2 hours sleeping, 10 working; plus 5 working on i1/i6.
    expect(figures.responders[0]).toMatchObject({ personId: 'alice', workingHours: 15, sleepingHours: 2 });
    expect(figures.bySeverity[2]).toMatchObject({ incidents: 1, medianTimeToResolveMinutes: 4 * 24 * 60 });
  });

  it('names an unknown person by id and reads them in UTC; skips duty on unknown incidents', () => {
    const figures = crossIncidentFigures({
      ...input,
      duty: [
        { personId: 'dave', incidentId: 'i1', start: at(28, 20), end: at(28, 21) },
        { personId: 'erin', incidentId: 'gone', start: at(28, 9), end: at(28, 10) },
      ],
    });
    expect(figures.responders).toEqual([
      {
        personId: 'dave',
        name: 'dave',
        incidents: 1,
        workingHours: 0,
        lateHours: 1,
        sleepingHours: 0,
        totalHours: 1,
      },
    ]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([30, 10, 20])).toBe(20);
    expect(median([360, 240])).toBe(300);
  });
});
