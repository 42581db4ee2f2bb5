import { describe, expect, it } from 'vitest';
import { assessFatigue, assessTeamFatigue } from '../../../../../renderer/src/domain/fatigue/model';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import type { FatiguePerson } from '../../../../../renderer/src/domain/fatigue/types';

const at = (iso: string) => Date.parse(iso);
type Span = [start: string, end: string | null];

/** A responder whose spans are full ISO instants (UTC), living in `timeZone`. */
function responder(timeZone: string, duty: Span[], rests: Span[] = []): FatiguePerson {
  const toTimes = ([start, end]: Span) => ({ start: at(start), end: end === null ? null : at(end) });
  return {
    personId: 'bob',
    name: 'Bob',
    timeZone,
    duty: duty.map((span) => ({ incidentId: 'inc-1', ...toTimes(span) })),
    rests: rests.map(toTimes),
  };
}

const assess = (person: FatiguePerson, now: string) =>
  assessFatigue(person, at(now), defaultFatigueThresholds);

describe('a shift across midnight', () => {
  // Paris in June is UTC+2: 20:00-03:00 local is 18:00Z-01:00Z, with rests at 22:00 and 01:30 local.
  const shift: Span[] = [['2026-06-10T18:00:00Z', null]];
  const rests: Span[] = [
    ['2026-06-10T20:00:00Z', '2026-06-10T20:15:00Z'],
    ['2026-06-10T23:30:00Z', '2026-06-10T23:45:00Z'],
  ];

  it('weighs the hours after local midnight 1.5 times', () => {
    const result = assess(responder('Europe/Paris', shift, rests), '2026-06-11T01:00:00Z');
    // 7 h minus two 15-minute rests; the night part is 00:00-03:00 local minus the 01:30 rest.
    expect(result).toMatchObject({ workMinutes24h: 390, nightMinutes24h: 165, weightedWorkMinutes24h: 472 });
    expect(result).toMatchObject({ level: 'ok', continuousMinutes: 75, dutyMinutes: 420 });
    expect(result.reasons).toEqual([{ kind: 'night-work', nightMinutes: 165 }]);
    // The 75 min since the 01:30 rest are night hours: the break is due after 80 real minutes, not 120.
    expect(result.restDueAt).toBe(at('2026-06-11T01:05:00Z'));
  });

  it("uses the person's own night: the same hours are afternoon and evening in New York", () => {
    const result = assess(responder('America/New_York', shift, rests), '2026-06-11T01:00:00Z');
    expect(result).toMatchObject({ workMinutes24h: 390, nightMinutes24h: 0, weightedWorkMinutes24h: 390 });
    expect(result.reasons).toEqual([]);
  });
});

describe('across days', () => {
  const yesterday: Span = ['2026-05-04T08:00:00Z', '2026-05-04T20:00:00Z'];

  it('starts a new shift after ten hours off, yesterday still counting in the 24 h balance', () => {
    const result = assess(
      responder('UTC', [yesterday, ['2026-05-05T06:00:00Z', null]]),
      '2026-05-05T09:00:00Z',
    );
    expect(result).toMatchObject({ shiftStartedAt: at('2026-05-05T06:00:00Z'), dutyMinutes: 180 });
    expect(result).toMatchObject({ workMinutes24h: 840, restMinutes24h: 600, level: 'tired' });
    expect(result.reasons).toEqual([
      { kind: 'continuous-work', minutes: 180, breakDueAt: at('2026-05-05T08:00:00Z') },
    ]);
  });

  it('keeps the shift going after only six hours off, past the 16 h limit', () => {
    const result = assess(
      responder('UTC', [yesterday, ['2026-05-05T02:00:00Z', null]]),
      '2026-05-05T03:00:00Z',
    );
    expect(result).toMatchObject({ shiftStartedAt: at('2026-05-04T08:00:00Z'), dutyMinutes: 1140 });
    expect(result.level).toBe('exhausted');
    expect(result.reasons).toEqual([
      // The three night hours since 00:00 count 1.5 times; the 16 h were reached before them.
      {
        kind: 'duty-limit',
        dutyMinutes: 1140,
        reachedAt: at('2026-05-05T00:00:00Z'),
        nightMinutes: 180,
        weightedMinutes: 1230,
      },
      { kind: 'night-work', nightMinutes: 60 },
    ]);
  });
});

describe('a check-in left open for days', () => {
  it('counts the whole shift, not only the last two days of history', () => {
    const person = responder('UTC', [['2026-05-01T08:00:00Z', null]]);
    const result = assess(person, '2026-05-04T08:00:00Z');
    expect(result).toMatchObject({ dutyMinutes: 4320, shiftStartedAt: at('2026-05-01T08:00:00Z') });
    expect(result.reasons[0]).toEqual({
      kind: 'duty-hard-max',
      dutyMinutes: 4320,
      // 16 day hours, then the night counts 1.5 times: the 24 h are reached at 05:20, not 08:00.
      reachedAt: at('2026-05-02T05:20:00Z'),
      nightMinutes: 1080,
      weightedMinutes: 4860,
    });
  });

  it('finds a shift start just beyond two days back when the pauses since were short', () => {
    const person = responder('UTC', [
      ['2026-05-02T06:00:00Z', '2026-05-03T09:00:00Z'],
      ['2026-05-03T10:00:00Z', null],
    ]);
    const result = assess(person, '2026-05-04T08:00:00Z');
    expect(result).toMatchObject({ shiftStartedAt: at('2026-05-02T06:00:00Z'), dutyMinutes: 3000 });
    // The window since 08:00 on the 3rd holds the hour checked out at 09:00.
    expect(result).toMatchObject({ workMinutes24h: 1380, restMinutes24h: 60 });
  });
});

describe('work/rest balance over 24 h (NWCG 2:1)', () => {
  // Day shift 04:00-14:00, eight hours off, then a night shift from 22:00 with two 15-minute rests.
  const person = responder(
    'UTC',
    [
      ['2026-05-04T04:00:00Z', '2026-05-04T14:00:00Z'],
      ['2026-05-04T22:00:00Z', null],
    ],
    [
      ['2026-05-04T23:45:00Z', '2026-05-05T00:00:00Z'],
      ['2026-05-05T01:45:00Z', '2026-05-05T02:00:00Z'],
    ],
  );
  const now = '2026-05-05T03:50:00Z';

  it('makes a responder tired when night-weighted work passes twice the rest, and rest is due now', () => {
    // Work 600 + 320 = 920; night 120 (04:00-06:00 yesterday) + 215; weighted 920 + 167.5; rest 1440 - 920.
    const result = assess(person, now);
    expect(result).toMatchObject({ workMinutes24h: 920, nightMinutes24h: 335, weightedWorkMinutes24h: 1087 });
    expect(result).toMatchObject({ restMinutes24h: 520, dutyMinutes: 350, continuousMinutes: 110 });
    expect(result.level).toBe('tired');
    // The 110 min since the 02:00 rest are all night: they count as 165, past the 120 of a break.
    expect(result.reasons).toEqual([
      {
        kind: 'continuous-work',
        minutes: 110,
        breakDueAt: at('2026-05-05T03:20:00Z'),
        nightMinutes: 110,
        weightedMinutes: 165,
      },
      { kind: 'work-rest-balance', workMinutes: 1087, restMinutes: 520 },
      { kind: 'night-work', nightMinutes: 335 },
    ]);
    expect(result.restDueAt).toBe(at('2026-05-05T03:20:00Z'));
  });

  it('holds the balance when night work weighs the same as day work', () => {
    const result = assessFatigue(person, at(now), { ...defaultFatigueThresholds, nightWeight: 1 });
    expect(result.level).toBe('ok');
    expect(result.reasons.map((r) => r.kind)).toEqual(['night-work']);
    expect(result.restDueAt).toBe(at('2026-05-05T04:00:00Z'));
  });
});

describe('daylight-saving changes', () => {
  it('counts 8 real hours, 5 of them night, when Paris springs forward (22:00-07:00 local)', () => {
    const person = responder('Europe/Paris', [['2026-03-28T21:00:00Z', null]]);
    const result = assess(person, '2026-03-29T05:00:00Z');
    expect(result).toMatchObject({ dutyMinutes: 480, workMinutes24h: 480, nightMinutes24h: 300 });
    expect(result.weightedWorkMinutes24h).toBe(630);
  });

  it('counts 10 real hours, 7 of them night, when Paris falls back (22:00-07:00 local)', () => {
    const person = responder('Europe/Paris', [['2026-10-24T20:00:00Z', null]]);
    const result = assess(person, '2026-10-25T06:00:00Z');
    expect(result).toMatchObject({ dutyMinutes: 600, workMinutes24h: 600, nightMinutes24h: 420 });
    expect(result.weightedWorkMinutes24h).toBe(810);
  });

  it('counts a 5-hour night in New York on 2026-03-08', () => {
    const person = responder('America/New_York', [['2026-03-08T03:00:00Z', null]]);
    expect(assess(person, '2026-03-08T12:00:00Z').nightMinutes24h).toBe(300);
  });
});

describe('assessTeamFatigue', () => {
  it('gives each person the same verdict as assessing them alone, whatever their zone', () => {
    const shift: Span[] = [['2026-03-28T21:00:00Z', null]];
    const paris = { ...responder('Europe/Paris', shift), personId: 'p1' };
    const tokyo = { ...responder('Asia/Tokyo', shift), personId: 't1' };
    const paris2 = { ...responder('Europe/Paris', shift), personId: 'p2' };
    const now = '2026-03-29T05:00:00Z';
    const team = assessTeamFatigue([paris, tokyo, paris2], at(now), defaultFatigueThresholds);
    expect(team.get('p1')).toEqual(assess(paris, now));
    expect(team.get('p2')?.nightMinutes24h).toBe(300);
    // 06:00-14:00 JST: no night hours in Tokyo.
    expect(team.get('t1')).toEqual(assess(tokyo, now));
    expect(team.get('t1')?.nightMinutes24h).toBe(0);
  });
});
