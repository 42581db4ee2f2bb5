import { describe, expect, it } from 'vitest';
import {
  dateLocale,
  formatDate,
  formatTime,
  splitDuration,
} from '../../../../../renderer/src/domain/time/format';

// 2 December 2026, 14:36:07 UTC; the day before at 23:05.
const ts = Date.UTC(2026, 11, 2, 14, 36, 7);
const dayBefore = Date.UTC(2026, 11, 1, 23, 5);

describe('the locale dates are written in', () => {
  it('follows the user’s own English (day first in Britain), and ja for Japanese', () => {
    expect(dateLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(dateLocale('en', ['ja-JP', 'en-AU'])).toBe('en-AU');
    expect(dateLocale('en', ['de-DE'])).toBe('en-US');
    expect(dateLocale('ja', ['en-GB', 'ja'])).toBe('ja');
    expect(dateLocale('ja', ['en-US'])).toBe('ja');
  });
});

describe('one formatter for dates and times', () => {
  const utc = { timeZone: 'UTC' } as const;

  it('writes the time on a 24-hour clock in every locale, with seconds when asked', () => {
    for (const locale of ['en-US', 'en-GB', 'ja']) {
      expect(formatTime(ts, { locale, ...utc })).toBe('14:36');
      expect(formatTime(ts, { locale, ...utc, seconds: true })).toBe('14:36:07');
    }
  });

  it('puts the day first in en-GB, the month first in en-US, and reads ja in Japanese', () => {
    expect(formatTime(ts, { locale: 'en-US', ...utc, date: 'always' })).toBe('Dec 2, 14:36');
    expect(formatTime(ts, { locale: 'en-GB', ...utc, date: 'always' })).toBe('2 Dec, 14:36');
    expect(formatTime(ts, { locale: 'ja', ...utc, date: 'always' })).toBe('12月2日 14:36');
    const log = { ...utc, seconds: true, date: 'always', numericDate: true } as const;
    expect(formatTime(ts, { locale: 'en-US', ...log })).toBe('12/02/2026, 14:36:07');
    expect(formatTime(ts, { locale: 'en-GB', ...log })).toBe('02/12/2026, 14:36:07');
    expect(formatTime(ts, { locale: 'ja', ...log })).toBe('2026/12/02 14:36:07');
    expect(formatDate(ts, 'en-US', 'UTC')).toBe('Dec 2, 2026');
    expect(formatDate(ts, 'en-GB', 'UTC')).toBe('2 Dec 2026');
    expect(formatDate(ts, 'ja', 'UTC')).toBe('2026年12月2日');
  });

  it('dates a time only when it falls on another day than now, in the zone it is read in', () => {
    expect(formatTime(ts, { locale: 'en-GB', ...utc, date: { unlessSameDayAs: ts + 3_600_000 } })).toBe(
      '14:36',
    );
    expect(formatTime(dayBefore, { locale: 'en-GB', ...utc, date: { unlessSameDayAs: ts } })).toBe(
      '1 Dec, 23:05',
    );
    // In Tokyo 23:05 UTC is already the 2nd, the same day as 14:36 UTC (23:36 there).
    expect(
      formatTime(dayBefore, { locale: 'ja', timeZone: 'Asia/Tokyo', date: { unlessSameDayAs: ts } }),
    ).toBe('08:05');
  });

  it('names the zone when readers may be in different ones', () => {
    expect(formatTime(ts, { locale: 'en-GB', timeZone: 'Europe/Amsterdam', zone: true })).toBe('15:36 CET');
    expect(formatTime(ts, { locale: 'en-US', timeZone: 'America/New_York', zone: true })).toBe('09:36 EST');
    expect(formatTime(ts, { locale: 'ja', timeZone: 'Asia/Tokyo', zone: true })).toBe('23:36 JST');
  });
});

describe('splitDuration', () => {
  it('cuts a span into hours, minutes and seconds, rounding up so 0 means now', () => {
    expect(splitDuration(14 * 60_000 + 14_000)).toEqual({ hours: 0, minutes: 14, seconds: 14 });
    expect(splitDuration(14 * 60_000 + 13_001)).toEqual({ hours: 0, minutes: 14, seconds: 14 });
    expect(splitDuration(62 * 60_000 + 3_000)).toEqual({ hours: 1, minutes: 2, seconds: 3 });
    expect(splitDuration(-5_000)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
  });
});
