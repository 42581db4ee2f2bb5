import { describe, expect, it } from 'vitest';
import { assessFatigue, hoursAndMinutes } from '../../../../../renderer/src/domain/fatigue/model';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import type { FatiguePerson } from '../../../../../renderer/src/domain/fatigue/types';

const at = (iso: string) => Date.parse(iso);
const day = (time: string) => at(`2026-05-04T${time}:00Z`);
type Span = [start: string, end: string | null];

/** A responder in UTC, so wall-clock times read straight; spans are HH:MM on 2026-05-04. */
function responder(duty: Span[], rests: Span[] = [], incidentId = 'inc-1'): FatiguePerson {
  const toTimes = ([start, end]: Span) => ({ start: day(start), end: end === null ? null : day(end) });
  return {
    personId: 'alice',
    name: 'Alice',
    timeZone: 'UTC',
    duty: duty.map((span) => ({ incidentId, ...toTimes(span) })),
    rests: rests.map(toTimes),
  };
}

const assess = (person: FatiguePerson, now: string) =>
  assessFatigue(person, day(now), defaultFatigueThresholds);

describe('assessFatigue: work since the last break', () => {
  it('finds a responder who checked in an hour ago fresh, with a break due two hours after check-in', () => {
    const result = assess(responder([['09:00', null]]), '10:00');
    expect(result).toMatchObject({ level: 'fresh', reasons: [], atWork: true, continuousMinutes: 60 });
    expect(result).toMatchObject({ dutyMinutes: 60, restDueAt: day('11:00'), shiftStartedAt: day('09:00') });
  });

  it('makes a responder tired past two hours without a break and names it as the reason', () => {
    const result = assess(responder([['09:00', null]]), '11:30');
    expect(result.level).toBe('tired');
    expect(result.reasons).toEqual([{ kind: 'continuous-work', minutes: 150, breakDueAt: day('11:00') }]);
    expect(result.restDueAt).toBe(day('11:00'));
  });

  it('makes a responder exhausted past four hours without a break', () => {
    const result = assess(responder([['08:00', null]]), '12:10');
    expect(result.level).toBe('exhausted');
    expect(result.reasons[0]).toEqual({ kind: 'continuous-work', minutes: 250, breakDueAt: day('10:00') });
  });

  it('restarts the clock after a 20-minute rest, while time on duty keeps running', () => {
    const result = assess(responder([['08:00', null]], [['10:30', '10:50']]), '12:30');
    expect(result).toMatchObject({ level: 'ok', reasons: [], continuousMinutes: 100, dutyMinutes: 270 });
    expect(result).toMatchObject({ workMinutes24h: 250, restDueAt: day('12:50') });
  });

  it('does not count a 10-minute pause as a break', () => {
    const result = assess(responder([['08:00', null]], [['09:30', '09:40']]), '10:30');
    expect(result.level).toBe('tired');
    expect(result.reasons[0]).toEqual({ kind: 'continuous-work', minutes: 150, breakDueAt: day('10:00') });
  });

  it('counts checking out for half an hour as a break, for a responder checked in twice', () => {
    const result = assess(
      responder([
        ['08:00', '10:00'],
        ['10:30', null],
      ]),
      '12:00',
    );
    expect(result).toMatchObject({ level: 'fresh', continuousMinutes: 90, dutyMinutes: 240 });
    expect(result).toMatchObject({
      workMinutes24h: 210,
      shiftStartedAt: day('08:00'),
      restDueAt: day('12:30'),
    });
  });

  it('counts two overlapping incidents once', () => {
    const person = responder([['09:00', null]]);
    const both = {
      ...person,
      duty: [...person.duty, { incidentId: 'inc-2', start: day('09:30'), end: null }],
    };
    const result = assess(both, '12:00');
    expect(result).toMatchObject({ workMinutes24h: 180, continuousMinutes: 180, dutyMinutes: 180 });
    expect(result.reasons).toEqual([{ kind: 'continuous-work', minutes: 180, breakDueAt: day('11:00') }]);
  });

  it('keeps counting when a responder moves from one incident to another without a pause', () => {
    const person = responder([['09:00', '10:00']]);
    const moved = {
      ...person,
      duty: [...person.duty, { incidentId: 'inc-2', start: day('10:00'), end: null }],
    };
    expect(assess(moved, '11:15').continuousMinutes).toBe(135);
  });
});

describe('assessFatigue: time on duty', () => {
  const breaks: Span[] = [
    ['07:45', '08:00'],
    ['09:45', '10:00'],
    ['11:45', '12:00'],
    ['13:45', '14:00'],
    ['15:45', '16:00'],
    ['17:45', '18:00'],
    ['19:45', '20:00'],
    ['21:45', '22:00'],
  ];

  it('warns at 12 h on duty, with the time the 16 h limit is reached', () => {
    const result = assess(responder([['06:00', null]], breaks), '18:30');
    expect(result.level).toBe('tired');
    expect(result.reasons).toEqual([
      { kind: 'duty-warning', dutyMinutes: 750, reachesLimitAt: day('22:00') },
    ]);
    expect(result).toMatchObject({ continuousMinutes: 30, workMinutes24h: 660, restDueAt: day('20:00') });
  });

  it('makes a responder exhausted at the 16 h limit, rest having been due when it was reached', () => {
    const result = assess(responder([['06:00', null]], breaks), '22:30');
    expect(result.level).toBe('exhausted');
    expect(result.reasons).toEqual([{ kind: 'duty-limit', dutyMinutes: 990, reachedAt: day('22:00') }]);
    expect(result.restDueAt).toBe(day('22:00'));
  });

  it('puts passing 24 h on duty before the long stretch without a break', () => {
    const result = assessFatigue(
      responder([['00:00', null]]),
      at('2026-05-05T01:00:00Z'),
      defaultFatigueThresholds,
    );
    expect(result.level).toBe('exhausted');
    expect(result.reasons.map((r) => r.kind)).toEqual([
      'duty-hard-max',
      'continuous-work',
      'work-rest-balance',
      'night-work',
    ]);
    // Six night hours (00:00-06:00) count as nine: the 24 h maximum is reached at 21:00, not midnight.
    expect(result.reasons[0]).toEqual({
      kind: 'duty-hard-max',
      dutyMinutes: 1500,
      reachedAt: day('21:00'),
      nightMinutes: 420,
      weightedMinutes: 1710,
    });
  });
});

describe('assessFatigue: off work', () => {
  it('has no rest due for a responder resting now, and their break has begun', () => {
    const result = assess(responder([['08:00', null]], [['11:00', null]]), '11:30');
    expect(result).toMatchObject({ atWork: false, restDueAt: null, breakDueAt: null, continuousMinutes: 0 });
    expect(result).toMatchObject({ dutyMinutes: 180, shiftStartedAt: day('08:00') });
  });

  it('ends the shift once the responder has been checked out for a long rest', () => {
    const result = assess(responder([['08:00', '11:00']]), '19:00');
    expect(result).toMatchObject({ atWork: false, shiftStartedAt: null, dutyMinutes: 0, dutyLimitAt: null });
    expect(result).toMatchObject({ level: 'fresh', workMinutes24h: 180, restMinutes24h: 1260 });
  });

  it('finds someone never checked in fresh, and ignores check-ins after now', () => {
    expect(assess(responder([]), '12:00')).toMatchObject({ level: 'fresh', atWork: false, dutyMinutes: 0 });
    expect(assess(responder([['13:00', null]]), '12:00')).toMatchObject({ atWork: false, workMinutes24h: 0 });
  });
});

describe('hoursAndMinutes', () => {
  it('splits minutes for "5 h 10"', () => {
    expect(hoursAndMinutes(310)).toEqual({ hours: 5, minutes: 10 });
    expect(hoursAndMinutes(59.9)).toEqual({ hours: 0, minutes: 59 });
    expect(hoursAndMinutes(-3)).toEqual({ hours: 0, minutes: 0 });
  });
});
