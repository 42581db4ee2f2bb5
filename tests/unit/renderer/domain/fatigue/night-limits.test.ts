import { describe, expect, it } from 'vitest';
import { assessFatigue } from '../../../../../renderer/src/domain/fatigue/model';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import type { FatiguePerson } from '../../../../../renderer/src/domain/fatigue/types';

const at = (iso: string) => Date.parse(iso);

/**
 * The replay: both check in at 19:00Z on 1 December and take a break 21:00-21:30Z. For the engineer in
 * Amsterdam (UTC+1) that is 20:00 local, working on past midnight; for the expert in New York (UTC-5)
 * it is 14:00, an afternoon.
 */
function worker(personId: string, timeZone: string): FatiguePerson {
  return {
    personId,
    name: personId,
    timeZone,
    duty: [{ incidentId: 'inc-1', start: at('2026-12-01T19:00:00Z'), end: null }],
    rests: [{ start: at('2026-12-01T21:00:00Z'), end: at('2026-12-01T21:30:00Z') }],
  };
}
const engineer = worker('engineer', 'Europe/Amsterdam');
const expert = worker('expert', 'America/New_York');
const assess = (person: FatiguePerson, iso: string) =>
  assessFatigue(person, at(iso), defaultFatigueThresholds);
const mentionsNight = (person: FatiguePerson, iso: string) =>
  assess(person, iso).reasons.some((r) => r.kind === 'night-work' || 'nightMinutes' in r);

describe('night hours bring the limits closer, in each person’s own time zone', () => {
  it('makes the Amsterdam engineer tired at 00:20 local, the New York expert only ten minutes later', () => {
    // 90 day minutes since the break, then 20 night minutes that count as 30: 120 at 23:20Z.
    expect(assess(engineer, '2026-12-01T23:20:00Z').level).toBe('tired');
    expect(assess(engineer, '2026-12-01T23:20:00Z').reasons[0]).toEqual({
      kind: 'continuous-work',
      minutes: 110,
      breakDueAt: at('2026-12-01T23:20:00Z'),
      nightMinutes: 20,
      weightedMinutes: 120,
    });
    expect(assess(expert, '2026-12-01T23:20:00Z').level).not.toBe('tired');
    expect(assess(expert, '2026-12-01T23:30:00Z').level).toBe('tired');
    expect(assess(expert, '2026-12-01T23:30:00Z').breakDueAt).toBe(at('2026-12-01T23:30:00Z'));
  });

  it('makes the engineer exhausted at 01:40 local, 50 minutes before the expert', () => {
    expect(assess(engineer, '2026-12-02T00:40:00Z').level).toBe('exhausted');
    expect(assess(expert, '2026-12-02T00:40:00Z').level).toBe('tired');
    expect(assess(expert, '2026-12-02T01:30:00Z').level).toBe('exhausted');
  });

  it('brings the engineer to the 16 h limit an hour before the expert, whose night starts later', () => {
    // Amsterdam: 4 h, then the night 23:00-05:00Z counts 9 h, then 3 h: 08:00Z. New York's night is
    // 05:00-11:00Z: 10 h, then 4 night hours count 6: 09:00Z.
    expect(assess(engineer, '2026-12-02T01:00:00Z').dutyLimitAt).toBe(at('2026-12-02T08:00:00Z'));
    expect(assess(expert, '2026-12-02T01:00:00Z').dutyLimitAt).toBe(at('2026-12-02T09:00:00Z'));
    const engineerAt8 = assess(engineer, '2026-12-02T08:00:00Z');
    expect(engineerAt8.level).toBe('exhausted');
    expect(engineerAt8.reasons[0]).toMatchObject({ kind: 'duty-limit', dutyMinutes: 780, nightMinutes: 360 });
    expect(assess(expert, '2026-12-02T08:00:00Z').reasons.map((r) => r.kind)).not.toContain('duty-limit');
  });

  it('mentions the night only for the engineer while it is night in Amsterdam and afternoon in New York', () => {
    for (const iso of ['2026-12-01T23:30:00Z', '2026-12-02T00:40:00Z', '2026-12-02T01:30:00Z']) {
      expect(mentionsNight(engineer, iso)).toBe(true);
      expect(mentionsNight(expert, iso)).toBe(false);
    }
  });

  it('counts minute for minute when the team turns night weighting of limits off', () => {
    const byDay = { ...defaultFatigueThresholds, nightCountsTowardLimits: false };
    const engineerByDay = assessFatigue(engineer, at('2026-12-01T23:20:00Z'), byDay);
    expect(engineerByDay.level).not.toBe('tired');
    expect(engineerByDay.breakDueAt).toBe(at('2026-12-01T23:30:00Z'));
    expect(assessFatigue(engineer, at('2026-12-02T01:00:00Z'), byDay).dutyLimitAt).toBe(
      at('2026-12-02T11:00:00Z'),
    );
  });
});
