import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatClock,
  formatDueTime,
} from '../../../../../renderer/src/domain/broadcasts/time';

const nov24 = (h: number, m: number): number => Date.UTC(2026, 10, 24, h, m);

describe('clock readings', () => {
  it('reads HH:MM in the zone it is given, on a 24-hour clock', () => {
    expect(formatClock(nov24(13, 5), 'UTC')).toBe('13:05');
    expect(formatClock(nov24(13, 5), 'Europe/Paris')).toBe('14:05');
    expect(formatClock(nov24(0, 5), 'UTC')).toBe('00:05');
  });

  it('dates by the zone: 23:30 UTC is already the next day in Tokyo', () => {
    expect(formatCalendarDate(nov24(23, 30), 'UTC')).toBe('2026-11-24');
    expect(formatCalendarDate(nov24(23, 30), 'Asia/Tokyo')).toBe('2026-11-25');
  });

  it('names the zone with its offset at that instant, summer time included', () => {
    expect(formatDueTime(nov24(13, 55), nov24(13, 25), 'Europe/Paris', 'en-US')).toBe('14:55 (GMT+1)');
    const july = Date.UTC(2026, 6, 1, 12, 0);
    expect(formatDueTime(july, july, 'Europe/Paris', 'en-US')).toBe('14:00 (GMT+2)');
  });

  it('adds the date when the update falls on another day than now', () => {
    expect(formatDueTime(Date.UTC(2026, 10, 25, 0, 20), nov24(23, 50), 'UTC', 'en-US')).toBe(
      '2026-11-25 00:20 (UTC)',
    );
  });
});
