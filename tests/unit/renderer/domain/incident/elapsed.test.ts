import { describe, expect, it } from 'vitest';
import { formatElapsed } from '../../../../../renderer/src/domain/incident/elapsed';

describe('formatElapsed', () => {
  it('shows hours, minutes and seconds', () => {
    expect(formatElapsed(0, (3 * 3600 + 7 * 60 + 9) * 1000)).toBe('3:07:09');
  });
  it('adds days past 24 hours', () => {
    expect(formatElapsed(0, (26 * 3600 + 5) * 1000)).toBe('1d 2:00:05');
  });
  it('never shows a negative duration', () => {
    expect(formatElapsed(10_000, 0)).toBe('0:00:00');
  });
});
