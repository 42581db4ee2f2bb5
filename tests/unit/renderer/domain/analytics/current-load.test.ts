import { describe, expect, it } from 'vitest';
import {
  checkedInOpenTasks,
  currentLoad,
  type LoadChange,
} from '../../../../../renderer/src/domain/analytics';
import { atMinute, incidentChanges } from './fixtures';

describe('currentLoad', () => {
  it('adds up both check-ins of someone who checked in twice, and leaves rest out of duty', () => {
    expect(currentLoad(incidentChanges, { now: atMinute(90) })).toEqual([
      // t3 and t2 (moved from Alice); on duty 0–50 and 65–90.
      { personId: 'bob', openTasks: 2, dutyMinutes: 75, checkedIn: true, resting: false, fatigueLevel: null },
      // t2 moved away, t1 done; on duty 0–20 and 40–90.
      {
        personId: 'alice',
        openTasks: 0,
        dutyMinutes: 70,
        checkedIn: true,
        resting: false,
        fatigueLevel: null,
      },
    ]);
  });

  it('shows who is resting in the middle of a rest, and ignores what comes later', () => {
    const load = currentLoad(incidentChanges, { now: atMinute(60) });
    expect(load.map((row) => [row.personId, row.openTasks, row.dutyMinutes, row.resting])).toEqual([
      ['bob', 2, 50, true],
      ['alice', 1, 40, false],
    ]);
  });

  it('carries the fatigue level it is given', () => {
    const fatigueByPerson = new Map([['alice', 'high' as const]]);
    const load = currentLoad(incidentChanges, { now: atMinute(90), fatigueByPerson });
    expect(load.find((row) => row.personId === 'alice')?.fatigueLevel).toBe('high');
    expect(load.find((row) => row.personId === 'bob')?.fatigueLevel).toBeNull();
  });

  it('gives the same answer for changes passed out of order', () => {
    const shuffled = [...incidentChanges].reverse();
    expect(currentLoad(shuffled, { now: atMinute(90) })).toEqual(
      currentLoad(incidentChanges, { now: atMinute(90) }),
    );
  });

  it('counts a repeated assignment once and never goes below zero', () => {
    const changes: LoadChange[] = [
      { ts: atMinute(0), personId: 'carol', kind: 'task-assigned', taskId: 't9' },
      { ts: atMinute(1), personId: 'carol', kind: 'task-assigned', taskId: 't9' },
      { ts: atMinute(2), personId: 'carol', kind: 'task-released' },
      { ts: atMinute(3), personId: 'carol', kind: 'task-released' },
      { ts: atMinute(4), personId: 'carol', kind: 'task-released', taskId: 'unknown' },
    ];
    expect(currentLoad(changes, { now: atMinute(5) })[0]?.openTasks).toBe(0);
  });
});

describe('checkedInOpenTasks', () => {
  it('keeps only the people checked in now', () => {
    // At minute 25 Alice is checked out (holding t1, t2), Bob is in with t3.
    const load = currentLoad(incidentChanges, { now: atMinute(25) });
    expect(checkedInOpenTasks(load)).toEqual(new Map([['bob', 1]]));
  });
});
