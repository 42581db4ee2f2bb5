import { describe, expect, it } from 'vitest';
import { orderNudges, type CockpitNudge } from '../../../../../renderer/src/domain/nudges';

const taskLoad = {
  id: 'task-load:bob',
  kind: 'task-load',
  severity: 'warning',
  dueAt: 10,
  personId: 'bob',
  personName: 'Bob',
  facts: { count: 4, othersMedian: 0.5, taskIds: [] },
} as unknown as CockpitNudge;
const concentration = {
  id: 'concentration:bob',
  kind: 'load-concentration',
  severity: 'warning',
  dueAt: 20,
  personId: 'bob',
  personName: 'Bob',
  facts: {},
} as unknown as CockpitNudge;
const rest = {
  id: 'rest:dan',
  kind: 'send-to-rest',
  severity: 'critical',
  dueAt: 30,
  personId: 'dan',
  personName: 'Dan',
  facts: {},
} as unknown as CockpitNudge;

describe('orderNudges', () => {
  it('puts critical first, then the earliest due', () => {
    expect(orderNudges([taskLoad, rest]).map((n) => n.id)).toEqual(['rest:dan', 'task-load:bob']);
  });
  it('tells the IC about one overloaded person once, not by two rules', () => {
    expect(orderNudges([taskLoad, concentration, rest]).map((n) => n.id)).toEqual([
      'rest:dan',
      'concentration:bob',
    ]);
  });
});
