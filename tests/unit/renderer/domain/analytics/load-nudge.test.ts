import { describe, expect, it } from 'vitest';
import { concentrationOf, loadNudges } from '../../../../../renderer/src/domain/analytics';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import { buildRoster } from '../../../../../renderer/src/domain/roster/roster';
import type { CheckInFact, Person } from '../../../../../renderer/src/domain/roster/types';
import { defaultLoadThresholds } from '../../../../../renderer/src/domain/settings/load-settings';

const now = Date.UTC(2026, 2, 1, 12);

function rosterOf(openTasks: Record<string, number>, checkedOut: string[] = []) {
  const people = new Map<string, Person>();
  const checkIns: CheckInFact[] = [];
  for (const id of [...Object.keys(openTasks), ...checkedOut]) {
    people.set(id, {
      id,
      name: id.toUpperCase(),
      team: '',
      contact: '',
      slackUserId: null,
      email: null,
      timeZone: 'UTC',
    });
    checkIns.push({
      id: `c-${id}`,
      incidentId: 'inc',
      personId: id,
      location: 'remote',
      locationDetail: '',
      contact: '',
      assignment: '',
      checkedInAt: now - 3_600_000,
      backdatedReason: null,
      checkedOutAt: checkedOut.includes(id) ? now - 60_000 : null,
      checkOutReason: null,
      checkOutNote: '',
    });
  }
  const input = {
    incidentId: 'inc',
    people,
    checkIns,
    rests: [],
    tenures: [],
    openTasksByPerson: new Map(Object.entries(openTasks)),
  };
  return buildRoster(input, now, defaultFatigueThresholds);
}

describe('loadNudges', () => {
  it('nudges when one of three checked-in responders holds exactly 40% of the open tasks', () => {
    const nudges = loadNudges(rosterOf({ ann: 2, ben: 2, cal: 1 }), defaultLoadThresholds, now);
    // Ties go to the smallest id: ann and ben both hold 2 of 5.
    expect(nudges).toEqual([
      {
        id: 'concentration:ann',
        kind: 'load-concentration',
        severity: 'warning',
        dueAt: now,
        personId: 'ann',
        personName: 'ANN',
        facts: { share: 0.4, openTasks: 2, totalOpen: 5, checkedIn: 3, thresholdPercent: 40 },
      },
    ]);
  });

  it('stays quiet below the share, with only two checked in, and follows the team’s threshold', () => {
    expect(loadNudges(rosterOf({ ann: 3, ben: 3, cal: 2, dot: 2 }), defaultLoadThresholds, now)).toEqual([]);
    expect(loadNudges(rosterOf({ ann: 5, ben: 0 }), defaultLoadThresholds, now)).toEqual([]);
    // Someone who checked out no longer counts towards the three.
    expect(loadNudges(rosterOf({ ann: 5, ben: 0 }, ['cal']), defaultLoadThresholds, now)).toEqual([]);
    const strict = { concentrationPercent: 30, minCheckedIn: 2 };
    expect(loadNudges(rosterOf({ ann: 3, ben: 3, cal: 2, dot: 2 }), strict, now)[0]?.facts.share).toBe(0.3);
  });
});

describe('concentrationOf', () => {
  it('gives the busiest responder’s share and the Gini coefficient across those checked in', () => {
    // 6 of 8; Gini of [6, 2, 0, 0]: Σ|xi − xj| = 2 × (4 + 6 + 6 + 2 + 2 + 0) = 40; 40 / (2 × 16 × 2) = 0.625.
    const figure = concentrationOf(rosterOf({ ann: 6, ben: 2, cal: 0, dot: 0 }));
    expect(figure.busiest).toEqual({ personId: 'ann', personName: 'ANN', share: 0.75, openTasks: 6 });
    expect(figure.totalOpen).toBe(8);
    expect(figure.gini).toBeCloseTo(0.625, 12);
    expect(figure.checkedIn).toBe(4);
  });

  it('has no busiest responder when nobody holds anything', () => {
    expect(concentrationOf(rosterOf({ ann: 0, ben: 0 }))).toEqual({
      busiest: null,
      totalOpen: 0,
      gini: 0,
      checkedIn: 2,
    });
  });
});
