import { describe, expect, it } from 'vitest';
import { dutyIntervalsOf } from '../../../../../renderer/src/domain/analytics/from-store';
import { broadcastNudges } from '../../../../../renderer/src/domain/broadcasts/nudges';
import { responderNudges } from '../../../../../renderer/src/domain/fatigue/nudges';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import { stayEnd, tasksToSettle } from '../../../../../renderer/src/domain/incident/resolution';
import { nudgesFor } from '../../../../../renderer/src/domain/nudges';
import { buildRoster, responderStates } from '../../../../../renderer/src/domain/roster/roster';
import type { CheckInFact, Person } from '../../../../../renderer/src/domain/roster/types';

const hour = 3_600_000;
const declaredAt = Date.UTC(2026, 10, 24, 8);
const resolvedAt = declaredAt + 2 * hour;
/** Twenty hours after the declaration: long past every fatigue limit for someone still at work. */
const later = declaredAt + 20 * hour;

const alice: Person = {
  id: 'alice',
  name: 'Alice',
  team: '',
  contact: '',
  slackUserId: null,
  email: null,
  timeZone: 'Europe/Amsterdam',
};
const stay: CheckInFact = {
  id: 'stay-alice',
  incidentId: 'inc',
  personId: 'alice',
  location: 'remote',
  locationDetail: '',
  contact: '',
  assignment: '',
  checkedInAt: declaredAt,
  backdatedReason: null,
  checkedOutAt: null,
  checkOutReason: null,
  checkOutNote: '',
};

/** Alice commands the incident and was never checked out; `resolved` says whether it was resolved at 10:00. */
function rosterAt(now: number, resolved: boolean) {
  return buildRoster(
    {
      incidentId: 'inc',
      people: new Map([['alice', alice]]),
      checkIns: [stay],
      rests: [],
      tenures: [
        {
          id: 't',
          incidentId: 'inc',
          personId: 'alice',
          role: 'incident-commander',
          assumedAt: declaredAt,
          renouncedAt: null,
        },
      ],
      resolvedAt: resolved ? new Map([['inc', resolvedAt]]) : undefined,
    },
    now,
    defaultFatigueThresholds,
  );
}

describe('what resolving settles', () => {
  it('asks about open incident tasks only: done, dropped and open follow-ups are left as they are', () => {
    const tasks = [
      { id: 'a', status: 'todo', category: 'restore-service' },
      { id: 'b', status: 'blocked', category: 'stop-the-bleeding' },
      { id: 'c', status: 'done', category: 'restore-service' },
      { id: 'd', status: 'dropped', category: 'preserve-evidence' },
      { id: 'e', status: 'todo', category: 'follow-up' },
    ] as const;
    expect(tasksToSettle(tasks).map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('a stay ends at its check-out or the resolution, whichever came first, never before it began', () => {
    expect(stayEnd({ checkedInAt: 10, checkedOutAt: null }, null)).toBeNull();
    expect(stayEnd({ checkedInAt: 10, checkedOutAt: null }, 50)).toBe(50);
    expect(stayEnd({ checkedInAt: 10, checkedOutAt: 30 }, 50)).toBe(30);
    expect(stayEnd({ checkedInAt: 10, checkedOutAt: 80 }, 50)).toBe(50);
    expect(stayEnd({ checkedInAt: 60, checkedOutAt: null }, 50)).toBe(60);
  });
});

describe('hours end at the resolution', () => {
  it('someone left checked in on a resolved incident stops adding duty time at the resolution', () => {
    const halfAnHourOn = resolvedAt + hour / 2;
    expect(rosterAt(halfAnHourOn, false).onDuty[0]?.fatigue.dutyMinutes).toBe(150);
    expect(rosterAt(halfAnHourOn, true).onDuty[0]?.fatigue.dutyMinutes).toBe(120);
    expect(rosterAt(later, false).onDuty[0]?.fatigue.level).toBe('exhausted');
    expect(rosterAt(later, true).onDuty[0]?.fatigue.atWork).toBe(false);
  });

  it('the cross-incident hours end at the resolution too', () => {
    expect(dutyIntervalsOf([stay], [])).toEqual([
      { personId: 'alice', incidentId: 'inc', start: declaredAt, end: null },
    ]);
    expect(dutyIntervalsOf([stay], [], new Map([['inc', resolvedAt]]))).toEqual([
      { personId: 'alice', incidentId: 'inc', start: declaredAt, end: resolvedAt },
    ]);
  });
});

describe('nudges once resolved', () => {
  const statusPrompt = broadcastNudges({
    incidentId: 'inc',
    due: { state: 'overdue', dueAt: resolvedAt - hour, minutesLeft: -60, waiting: false },
    statusChanged: true,
    neverBroadcast: false,
    status: 'resolved',
    severity: 'SEV-1',
    changedAt: resolvedAt,
    now: later,
  });

  it('the commander worn out on an open incident is told to hand over; not once it is resolved', () => {
    const open = responderNudges({
      people: responderStates(rosterAt(later, false)),
      now: later,
      thresholds: defaultFatigueThresholds,
    });
    expect(open.length).toBeGreaterThan(0);
    const resolved = responderNudges({
      people: responderStates(rosterAt(later, true)),
      now: later,
      thresholds: defaultFatigueThresholds,
    });
    expect(resolved).toEqual([]);
  });

  it('only the final-update prompt stays; reopened, everything is back', () => {
    const rest = responderNudges({
      people: responderStates(rosterAt(later, false)),
      now: later,
      thresholds: defaultFatigueThresholds,
    });
    const all = [...rest, ...statusPrompt];
    expect(nudgesFor('resolved', all).map((n) => n.kind)).toEqual(['broadcast-status-changed']);
    expect(nudgesFor('monitoring', all)).toEqual(all);
  });
});
