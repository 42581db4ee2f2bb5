import { describe, expect, it } from 'vitest';
import { broadcastDue } from '../../../../../renderer/src/domain/broadcasts/cadence';
import { broadcastNudges } from '../../../../../renderer/src/domain/broadcasts/nudges';

const declaredAt = Date.parse('2026-11-24T10:00:00Z');
const min = 60_000;

function nudgesAt(minutes: number, options: { statusChanged?: boolean; neverBroadcast?: boolean } = {}) {
  const now = declaredAt + minutes * min;
  const due = broadcastDue({
    severity: 'SEV-1',
    status: 'investigating',
    declaredAt,
    lastBroadcastAt: null,
    now,
  });
  return broadcastNudges({
    incidentId: 'I1',
    due,
    statusChanged: options.statusChanged ?? false,
    neverBroadcast: options.neverBroadcast ?? false,
    status: 'investigating',
    severity: 'SEV-1',
    changedAt: declaredAt,
    now,
  });
}

describe('stakeholder nudges on a SEV-1 (every 30 minutes)', () => {
  it('say nothing while the update is far off', () => {
    expect(nudgesAt(20)).toEqual([]);
  });
  it('remind 5 minutes before the update is due', () => {
    expect(nudgesAt(25)).toEqual([
      {
        id: `broadcast-due:I1:${declaredAt + 30 * min}`,
        kind: 'broadcast-due-soon',
        severity: 'info',
        dueAt: declaredAt + 30 * min,
        incidentId: 'I1',
        facts: { dueAt: declaredAt + 30 * min },
      },
    ]);
  });
  it('warn when due, turn critical once overdue, counting the minutes late', () => {
    expect(nudgesAt(30)).toMatchObject([
      { kind: 'broadcast-overdue', severity: 'warning', facts: { minutesLate: 0 } },
    ]);
    expect(nudgesAt(42)).toMatchObject([
      { kind: 'broadcast-overdue', severity: 'critical', facts: { minutesLate: 12 } },
    ]);
  });
  it('prompt after a status change, saying whether it is the first update', () => {
    expect(nudgesAt(1, { statusChanged: true, neverBroadcast: true })).toMatchObject([
      { kind: 'broadcast-status-changed', severity: 'warning', facts: { first: true, severity: 'SEV-1' } },
    ]);
    expect(nudgesAt(1, { statusChanged: true })[0]?.facts).toMatchObject({ first: false });
  });
});
