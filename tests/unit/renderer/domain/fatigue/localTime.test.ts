import { describe, expect, it } from 'vitest';
import {
  instantOfLocalTime,
  localDayOf,
  localNights,
  zoneOffsetAt,
} from '../../../../../renderer/src/domain/fatigue/localTime';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const night = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe('zoneOffsetAt and localDayOf', () => {
  it('reads the zone offset in winter and in summer', () => {
    expect(zoneOffsetAt('Europe/Paris', at('2026-01-15T12:00:00Z'))).toBe(HOUR);
    expect(zoneOffsetAt('Europe/Paris', at('2026-07-15T12:00:00Z'))).toBe(2 * HOUR);
    expect(zoneOffsetAt('America/New_York', at('2026-01-15T12:00:00Z'))).toBe(-5 * HOUR);
    expect(zoneOffsetAt('Asia/Kolkata', at('2026-01-15T12:00:00.750Z'))).toBe(5.5 * HOUR);
  });

  it('gives the local calendar day, which differs from the UTC one late in the evening', () => {
    expect(localDayOf('Asia/Tokyo', at('2026-03-31T16:00:00Z'))).toEqual({ year: 2026, month: 4, day: 1 });
    expect(localDayOf('America/New_York', at('2026-01-01T03:00:00Z'))).toEqual({
      year: 2025,
      month: 12,
      day: 31,
    });
  });

  it('reads an unknown zone as UTC instead of failing', () => {
    expect(zoneOffsetAt('Mars/Olympus_Mons', at('2026-01-15T12:00:00Z'))).toBe(0);
  });
});

describe('instantOfLocalTime', () => {
  it('finds the instant of a wall-clock hour on both sides of a DST change', () => {
    expect(instantOfLocalTime('Europe/Paris', 2026, 3, 29, 0)).toBe(at('2026-03-28T23:00:00Z'));
    expect(instantOfLocalTime('Europe/Paris', 2026, 3, 29, 6)).toBe(at('2026-03-29T04:00:00Z'));
    expect(instantOfLocalTime('Europe/Paris', 2026, 10, 25, 0)).toBe(at('2026-10-24T22:00:00Z'));
    expect(instantOfLocalTime('Europe/Paris', 2026, 10, 25, 6)).toBe(at('2026-10-25T05:00:00Z'));
  });

  it('takes the first instant after a skipped hour (Santiago skips midnight on 2026-09-06)', () => {
    // At 24:00 on 5 Sept (-04) clocks jump to 01:00 (-03): local midnight never happens.
    expect(instantOfLocalTime('America/Santiago', 2026, 9, 6, 0)).toBe(at('2026-09-06T04:00:00Z'));
  });

  it('rolls a day past the end of the month over', () => {
    expect(instantOfLocalTime('UTC', 2026, 1, 32, 6)).toBe(at('2026-02-01T06:00:00Z'));
  });
});

describe('localNights', () => {
  it('gives a 5-hour night when Paris springs forward and a 7-hour one when it falls back', () => {
    expect(localNights('Europe/Paris', at('2026-03-28T12:00:00Z'), at('2026-03-30T12:00:00Z'), 0, 6)).toEqual(
      [
        night('2026-03-28T23:00:00Z', '2026-03-29T04:00:00Z'),
        night('2026-03-29T22:00:00Z', '2026-03-30T04:00:00Z'),
      ],
    );
    expect(localNights('Europe/Paris', at('2026-10-24T12:00:00Z'), at('2026-10-25T12:00:00Z'), 0, 6)).toEqual(
      [night('2026-10-24T22:00:00Z', '2026-10-25T05:00:00Z')],
    );
  });

  it('follows New York across its spring-forward night', () => {
    expect(
      localNights('America/New_York', at('2026-03-08T00:00:00Z'), at('2026-03-08T12:00:00Z'), 0, 6),
    ).toEqual([night('2026-03-08T05:00:00Z', '2026-03-08T10:00:00Z')]);
  });

  it('clips nights to the window, including one already running at its start', () => {
    expect(localNights('UTC', at('2026-05-04T03:00:00Z'), at('2026-05-05T02:00:00Z'), 0, 6)).toEqual([
      night('2026-05-04T03:00:00Z', '2026-05-04T06:00:00Z'),
      night('2026-05-05T00:00:00Z', '2026-05-05T02:00:00Z'),
    ]);
  });

  it('handles a night window that spans midnight (23:00-07:00 in Tokyo)', () => {
    expect(localNights('Asia/Tokyo', at('2026-03-07T12:00:00Z'), at('2026-03-08T12:00:00Z'), 23, 7)).toEqual([
      night('2026-03-07T14:00:00Z', '2026-03-07T22:00:00Z'),
    ]);
  });

  it('has no night when start and end hours are equal', () => {
    expect(localNights('UTC', at('2026-05-04T00:00:00Z'), at('2026-05-06T00:00:00Z'), 3, 3)).toEqual([]);
  });
});
