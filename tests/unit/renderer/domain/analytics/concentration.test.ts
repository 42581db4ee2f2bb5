import { describe, expect, it } from 'vitest';
import {
  busiestShare,
  concentrationNudge,
  gini,
  openTasksGini,
} from '../../../../../renderer/src/domain/analytics';

describe('gini', () => {
  it('is 0 when everyone holds the same, or nobody holds anything', () => {
    expect(gini([])).toBe(0);
    expect(gini([5, 5, 5])).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
  });

  it('follows Σ|xi − xj| / (2 n² mean) on hand-computed cases', () => {
    // One of four holds everything: 3 zeros × 10 × 2 orderings = 60; 60 / (2 × 16 × 2.5) = 0.75.
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
    expect(gini([10, 0, 0, 0])).toBeCloseTo(0.75, 12);
    // Differences 1+2+3+1+2+1 = 10, both orderings 20; 20 / (2 × 16 × 2.5) = 0.25.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
    // 20 / (2 × 4 × 5) = 0.5.
    expect(gini([0, 10])).toBeCloseTo(0.5, 12);
  });

  it('reads open tasks from a map or a record', () => {
    expect(
      openTasksGini(
        new Map([
          ['a', 0],
          ['b', 0],
          ['c', 0],
          ['d', 10],
        ]),
      ),
    ).toBeCloseTo(0.75, 12);
    expect(openTasksGini({ a: 2, b: 2 })).toBe(0);
  });
});

describe('busiestShare', () => {
  it('names the person holding the most open tasks and their share', () => {
    expect(busiestShare({ alice: 2, bob: 5, carol: 3 })).toEqual({
      personId: 'bob',
      share: 0.5,
      openTasks: 5,
      totalOpen: 10,
    });
  });

  it('breaks ties by id so the figure does not flicker between renders', () => {
    expect(
      busiestShare(
        new Map([
          ['bob', 3],
          ['alice', 3],
        ]),
      )?.personId,
    ).toBe('alice');
  });

  it('has no busiest person when no task is open', () => {
    expect(busiestShare({})).toBeNull();
    expect(busiestShare({ alice: 0, bob: 0 })).toBeNull();
  });
});

describe('concentrationNudge', () => {
  it('nudges at exactly 40% with three people checked in', () => {
    expect(concentrationNudge({ openTasksByPerson: { alice: 4, bob: 3, carol: 3 } })).toEqual({
      personId: 'alice',
      share: 0.4,
      openTasks: 4,
      totalOpen: 10,
    });
  });

  it('stays quiet below the threshold', () => {
    expect(concentrationNudge({ openTasksByPerson: { alice: 3, bob: 3, carol: 3, dave: 1 } })).toBeNull();
  });

  it('stays quiet with only two people checked in, however lopsided', () => {
    expect(concentrationNudge({ openTasksByPerson: { alice: 10, bob: 0 } })).toBeNull();
  });

  it('counts checked-in people who hold nothing towards the three', () => {
    expect(concentrationNudge({ openTasksByPerson: { alice: 2, bob: 0, carol: 0 } })?.share).toBe(1);
  });

  it('takes the threshold and the minimum from settings', () => {
    const openTasksByPerson = new Map([
      ['alice', 5],
      ['bob', 3],
      ['carol', 2],
    ]);
    expect(concentrationNudge({ openTasksByPerson, threshold: 0.6 })).toBeNull();
    expect(concentrationNudge({ openTasksByPerson, threshold: 0.5 })?.personId).toBe('alice');
    expect(concentrationNudge({ openTasksByPerson: { alice: 10, bob: 0 }, minCheckedIn: 2 })?.share).toBe(1);
  });

  it('takes the share of every open task, unassigned ones included', () => {
    // Six unassigned tasks: alice's 2 are 2 of 8, not 2 of 2.
    expect(concentrationNudge({ openTasksByPerson: { alice: 2, bob: 0, carol: 0 }, allOpen: 8 })).toBeNull();
    expect(concentrationNudge({ openTasksByPerson: { alice: 4, bob: 0, carol: 0 }, allOpen: 8 })).toEqual({
      personId: 'alice',
      share: 0.5,
      openTasks: 4,
      totalOpen: 8,
    });
    // A count lower than what people hold (e.g. not loaded yet) never pushes the share past 100%.
    expect(busiestShare({ alice: 3, bob: 1 }, 2)?.totalOpen).toBe(4);
  });

  it('never fires on one task', () => {
    expect(concentrationNudge({ openTasksByPerson: { alice: 1, bob: 0, carol: 0 }, allOpen: 1 })).toBeNull();
    expect(concentrationNudge({ openTasksByPerson: { alice: 1, bob: 0, carol: 0 }, allOpen: 7 })).toBeNull();
    expect(concentrationNudge({ openTasksByPerson: { alice: 2, bob: 0, carol: 0 }, allOpen: 2 })?.share).toBe(
      1,
    );
  });

  it('stays quiet when nothing is open', () => {
    expect(concentrationNudge({ openTasksByPerson: { alice: 0, bob: 0, carol: 0 } })).toBeNull();
  });
});
