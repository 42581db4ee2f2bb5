import { describe, expect, it } from 'vitest';
import { concentrationOf, loadNudges, openTaskCount } from '../../../../../renderer/src/domain/analytics';
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
    const nudges = loadNudges(rosterOf({ ann: 2, ben: 2, cal: 1 }), defaultLoadThresholds, now, 5);
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
    expect(loadNudges(rosterOf({ ann: 3, ben: 3, cal: 2, dot: 2 }), defaultLoadThresholds, now, 10)).toEqual(
      [],
    );
    expect(loadNudges(rosterOf({ ann: 5, ben: 0 }), defaultLoadThresholds, now, 5)).toEqual([]);
    // Someone who checked out no longer counts towards the three.
    expect(loadNudges(rosterOf({ ann: 5, ben: 0 }, ['cal']), defaultLoadThresholds, now, 5)).toEqual([]);
    const strict = { concentrationPercent: 30, minCheckedIn: 2 };
    expect(loadNudges(rosterOf({ ann: 3, ben: 3, cal: 2, dot: 2 }), strict, now, 10)[0]?.facts.share).toBe(
      0.3,
    );
  });
});

describe('loadNudges counts every open task', () => {
  const people = { ann: 1, ben: 0, cal: 0, dot: 0 };

  it('stays quiet when the busiest holds one task, even if it is the only one assigned (1 of 1)', () => {
    // Issue 15.14: "100% of the open tasks (1 of 1)" while six tasks waited unassigned.
    expect(loadNudges(rosterOf(people), defaultLoadThresholds, now, 7)).toEqual([]);
    expect(loadNudges(rosterOf(people), defaultLoadThresholds, now, 1)).toEqual([]);
  });

  it('takes the share of all open tasks, the unassigned ones included', () => {
    // 3 held by ann, 1 by ben, 6 unassigned: 30% of 10, under the 40% line though she holds 75% of the assigned.
    expect(loadNudges(rosterOf({ ann: 3, ben: 1, cal: 0 }), defaultLoadThresholds, now, 10)).toEqual([]);
    const [nudge] = loadNudges(rosterOf({ ann: 4, ben: 1, cal: 0 }), defaultLoadThresholds, now, 8);
    expect(nudge?.facts).toMatchObject({ share: 0.5, openTasks: 4, totalOpen: 8 });
  });

  it('counts open incident tasks whoever holds them, not follow-ups or closed ones', () => {
    expect(
      openTaskCount([
        { status: 'todo', category: 'restore-service' },
        { status: 'in-progress', category: 'stop-the-bleeding' },
        { status: 'blocked', category: 'preserve-evidence' },
        { status: 'done', category: 'restore-service' },
        { status: 'dropped', category: 'restore-service' },
        { status: 'todo', category: 'follow-up' },
      ]),
    ).toBe(3);
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
