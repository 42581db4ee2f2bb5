import { describe, expect, it } from 'vitest';
import { mergeIntervals, splitHours } from '../../../../../renderer/src/domain/analytics';

const at = (month: number, day: number, hour: number, minute = 0): number =>
  Date.UTC(2026, month - 1, day, hour, minute);

describe('splitHours', () => {
  it('splits an evening-to-morning stretch across midnight in UTC', () => {
    // 18:00 → 09:30 next day: working 18–19 and 08–09:30, late 19–23, sleeping 23–08.
    expect(splitHours([{ start: at(1, 10, 18), end: at(1, 11, 9, 30) }], 'UTC')).toEqual({
      workingMinutes: 60 + 90,
      lateMinutes: 240,
      sleepingMinutes: 540,
    });
  });

  it('reads the same stretch on a Tokyo clock (UTC+9)', () => {
    // Local 03:00 → 18:30 on 11 January.
    expect(splitHours([{ start: at(1, 10, 18), end: at(1, 11, 9, 30) }], 'Asia/Tokyo')).toEqual({
      workingMinutes: 630,
      lateMinutes: 0,
      sleepingMinutes: 300,
    });
  });

  it('crosses Tokyo’s midnight while UTC stays on one date', () => {
    // Local 22:00 on the 10th → 01:00 on the 11th is 13:00Z → 16:00Z on the 10th.
    expect(splitHours([{ start: at(1, 10, 13), end: at(1, 10, 16) }], 'Asia/Tokyo')).toEqual({
      workingMinutes: 0,
      lateMinutes: 60,
      sleepingMinutes: 120,
    });
  });

  it('reads the stretch on a New York winter clock (UTC−5)', () => {
    // Local 13:00 → 04:30 next day.
    expect(splitHours([{ start: at(1, 10, 18), end: at(1, 11, 9, 30) }], 'America/New_York')).toEqual({
      workingMinutes: 360,
      lateMinutes: 240,
      sleepingMinutes: 330,
    });
  });

  it('gives the spring-forward night only 8 real hours of sleeping time', () => {
    // 2026-03-07 22:00 EST (03:00Z) → 2026-03-08 09:00 EDT (13:00Z): ten real hours.
    expect(splitHours([{ start: at(3, 8, 3), end: at(3, 8, 13) }], 'America/New_York')).toEqual({
      workingMinutes: 60,
      lateMinutes: 60,
      sleepingMinutes: 480,
    });
  });

  it('gives the fall-back night 10 real hours of sleeping time', () => {
    // 2026-10-31 23:00 EDT (03:00Z) → 2026-11-01 08:00 EST (13:00Z).
    expect(splitHours([{ start: at(11, 1, 3), end: at(11, 1, 13) }], 'America/New_York')).toEqual({
      workingMinutes: 0,
      lateMinutes: 0,
      sleepingMinutes: 600,
    });
  });

  it('counts overlapping incidents once', () => {
    const split = splitHours(
      [
        { start: at(1, 12, 10), end: at(1, 12, 12) },
        { start: at(1, 12, 9), end: at(1, 12, 11) },
      ],
      'UTC',
    );
    expect(split).toEqual({ workingMinutes: 180, lateMinutes: 0, sleepingMinutes: 0 });
  });

  it('splits several whole days band by band', () => {
    expect(splitHours([{ start: at(2, 1, 8), end: at(2, 4, 8) }], 'UTC')).toEqual({
      workingMinutes: 3 * 660,
      lateMinutes: 3 * 240,
      sleepingMinutes: 3 * 540,
    });
  });

  it('is all zero with no time on duty', () => {
    expect(splitHours([], 'Asia/Tokyo')).toEqual({ workingMinutes: 0, lateMinutes: 0, sleepingMinutes: 0 });
  });
});

describe('mergeIntervals', () => {
  it('joins overlapping and touching stretches and drops empty ones', () => {
    expect(
      mergeIntervals([
        { start: 50, end: 60 },
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 15, end: 18 },
        { start: 30, end: 30 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 50, end: 60 },
    ]);
  });
});
