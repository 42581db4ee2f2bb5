import { describe, expect, it } from 'vitest';
import {
  instantOfLocalHour,
  localDateAt,
  offsetAt,
} from '../../../../../renderer/src/domain/analytics/local-time';

const hour = 3_600_000;

describe('local time in a person’s zone', () => {
  it('knows New York’s offset on each side of the spring-forward jump', () => {
    expect(offsetAt('America/New_York', Date.UTC(2026, 2, 8, 6, 59))).toBe(-5 * hour);
    expect(offsetAt('America/New_York', Date.UTC(2026, 2, 8, 7, 0))).toBe(-4 * hour);
  });

  it('gives the local date, which differs from the UTC date across midnight', () => {
    expect(localDateAt('Asia/Tokyo', Date.UTC(2026, 0, 10, 16))).toEqual({ year: 2026, month: 1, day: 11 });
    expect(localDateAt('America/New_York', Date.UTC(2026, 0, 11, 3))).toEqual({
      year: 2026,
      month: 1,
      day: 10,
    });
  });

  it('finds a local hour as an instant', () => {
    expect(instantOfLocalHour('Asia/Tokyo', { year: 2026, month: 1, day: 11 }, 8)).toBe(
      Date.UTC(2026, 0, 10, 23),
    );
    expect(instantOfLocalHour('America/New_York', { year: 2026, month: 3, day: 8 }, 8)).toBe(
      Date.UTC(2026, 2, 8, 12),
    );
  });

  it('takes the moment of the jump for an hour the clock skips', () => {
    // 02:00 does not exist in New York on 2026-03-08; the clock jumps from 01:59:59 EST to 03:00 EDT at 07:00Z.
    expect(instantOfLocalHour('America/New_York', { year: 2026, month: 3, day: 8 }, 2)).toBe(
      Date.UTC(2026, 2, 8, 7),
    );
  });

  it('takes the first of an hour the clock shows twice', () => {
    // 01:00 happens at 05:00Z (EDT) and again at 06:00Z (EST) on 2026-11-01.
    expect(instantOfLocalHour('America/New_York', { year: 2026, month: 11, day: 1 }, 1)).toBe(
      Date.UTC(2026, 10, 1, 5),
    );
  });

  it('counts an unknown zone in UTC rather than failing', () => {
    expect(offsetAt('Mars/Olympus_Mons', Date.UTC(2026, 0, 1))).toBe(0);
  });
});
