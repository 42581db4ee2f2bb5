import { describe, expect, it } from 'vitest';
import type { CheckInFact, Person } from '../../../../../renderer/src/domain/roster/types';
import { taskTeam } from '../../../../../renderer/src/domain/tasks/team';
import { minutes, t0 } from './fixtures';

const person = (name: string): Person => ({
  id: name,
  name,
  team: '',
  contact: '',
  slackUserId: null,
  email: null,
  timeZone: 'UTC',
});
const stay = (id: string, who: string, from: number, to: number | null, incidentId = 'inc'): CheckInFact => ({
  id,
  incidentId,
  personId: who,
  location: 'remote',
  locationDetail: '',
  contact: '',
  assignment: '',
  checkedInAt: from,
  backdatedReason: null,
  checkedOutAt: to,
  checkOutReason: to === null ? null : 'shift-end',
  checkOutNote: '',
});

describe('who can own tasks', () => {
  it('on duty, resting since when, or checked out since when; the latest stay counts', () => {
    const team = taskTeam({
      incidentId: 'inc',
      people: new Map(['Alice', 'Bob', 'Carol', 'Dan'].map((n) => [n, person(n)])),
      checkIns: [
        stay('a1', 'Alice', t0, null),
        stay('b1', 'Bob', t0, null),
        stay('c1', 'Carol', t0, t0 + minutes(30)),
        stay('d1', 'Dan', t0, t0 + minutes(10)),
        stay('d2', 'Dan', t0 + minutes(20), null),
        stay('x1', 'Bob', t0, null, 'other-incident'),
      ],
      rests: [
        {
          id: 'r1',
          incidentId: 'inc',
          personId: 'Bob',
          checkInId: 'b1',
          startedAt: t0 + minutes(40),
          endedAt: null,
        },
        {
          id: 'r0',
          incidentId: 'inc',
          personId: 'Dan',
          checkInId: 'd2',
          startedAt: t0 + minutes(25),
          endedAt: t0 + minutes(26),
        },
      ],
      tenures: [
        {
          id: 't1',
          incidentId: 'inc',
          personId: 'Alice',
          role: 'incident-commander',
          assumedAt: t0,
          renouncedAt: null,
        },
      ],
    });
    expect(team).toEqual([
      { personId: 'Alice', name: 'Alice', isCommander: true, standing: 'on-duty', since: t0 },
      { personId: 'Bob', name: 'Bob', isCommander: false, standing: 'resting', since: t0 + minutes(40) },
      {
        personId: 'Carol',
        name: 'Carol',
        isCommander: false,
        standing: 'checked-out',
        since: t0 + minutes(30),
      },
      { personId: 'Dan', name: 'Dan', isCommander: false, standing: 'on-duty', since: t0 + minutes(20) },
    ]);
  });
});
