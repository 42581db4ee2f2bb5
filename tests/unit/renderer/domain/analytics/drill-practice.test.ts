/**
 * Who has led drills, so the team can rotate the IC role: drills played as IC (declared with command, or
 * handed it mid-drill) and when last, counted from drills only, with those who led least first.
 */
import { describe, expect, it } from 'vitest';
import { drillPractice } from '../../../../../renderer/src/domain/analytics/drill-practice';
import type { TenureFact } from '../../../../../renderer/src/domain/roster/types';

const day = (d: number) => Date.parse(`2026-11-${String(d).padStart(2, '0')}T10:00:00Z`);
let n = 0;
const ic = (incidentId: string, personId: string, at: number): TenureFact => ({
  id: `t${(n += 1)}`,
  incidentId,
  personId,
  role: 'incident-commander',
  assumedAt: at,
  renouncedAt: null,
});
const names = new Map([
  ['ana', 'Ana'],
  ['ben', 'Ben'],
  ['cho', 'Cho'],
  ['dev', 'Dev'],
]);
const incidents = [
  { id: 'd1', isDrill: true },
  { id: 'd2', isDrill: true },
  { id: 'd3', isDrill: true },
  { id: 'real', isDrill: false },
];

describe('who has played IC in drills', () => {
  it('counts each drill a person held command in, once, and when they last took it', () => {
    const rows = drillPractice({
      incidents,
      tenures: [
        ic('d1', 'ana', day(1)),
        // Handed to Ben and back to Ana within the same drill: still one drill for Ana.
        ic('d1', 'ben', day(1) + 600_000),
        ic('d1', 'ana', day(1) + 1_200_000),
        ic('d2', 'ana', day(8)),
        { ...ic('d3', 'cho', day(15)), role: 'ops-lead' },
      ],
      players: [{ incidentId: 'd3', personId: 'cho' }],
      names,
    });
    expect(rows).toEqual([
      { personId: 'cho', name: 'Cho', drillsAsIc: 0, lastAsIcAt: null },
      { personId: 'ben', name: 'Ben', drillsAsIc: 1, lastAsIcAt: day(1) + 600_000 },
      { personId: 'ana', name: 'Ana', drillsAsIc: 2, lastAsIcAt: day(8) },
    ]);
  });

  it('leaves real incidents out: commanding one is no practice', () => {
    const rows = drillPractice({
      incidents,
      tenures: [ic('real', 'dev', day(20)), ic('unknown', 'dev', day(21))],
      players: [{ incidentId: 'real', personId: 'ana' }],
      names,
    });
    expect(rows).toEqual([]);
  });

  it('puts whoever led longest ago first among those who led as often', () => {
    const rows = drillPractice({
      incidents,
      tenures: [ic('d2', 'ana', day(8)), ic('d1', 'ben', day(1)), ic('d3', 'dev', day(15))],
      players: [],
      names,
    });
    expect(rows.map((r) => r.name)).toEqual(['Ben', 'Ana', 'Dev']);
  });
});
