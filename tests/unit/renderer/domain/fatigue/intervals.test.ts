import { describe, expect, it } from 'vitest';
import {
  clipIntervals,
  intersectIntervals,
  mergeIntervals,
  subtractIntervals,
  totalDuration,
} from '../../../../../renderer/src/domain/fatigue/intervals';

const span = (start: number, end: number) => ({ start, end });

describe('mergeIntervals', () => {
  it('joins overlapping and touching intervals given in any order, once each', () => {
    expect(mergeIntervals([span(50, 60), span(0, 10), span(5, 20), span(20, 30)])).toEqual([
      span(0, 30),
      span(50, 60),
    ]);
  });

  it('keeps an interval inside another as the outer one and drops empty ones', () => {
    expect(mergeIntervals([span(0, 100), span(10, 20), span(40, 40), span(70, 60)])).toEqual([span(0, 100)]);
  });

  it('does not change the intervals it was given', () => {
    const given = [span(0, 10), span(5, 20)];
    mergeIntervals(given);
    expect(given).toEqual([span(0, 10), span(5, 20)]);
  });
});

describe('subtractIntervals', () => {
  it('cuts rests out of duty, leaving the pieces around them', () => {
    expect(subtractIntervals([span(0, 100)], [span(10, 20), span(50, 60)])).toEqual([
      span(0, 10),
      span(20, 50),
      span(60, 100),
    ]);
  });

  it('handles a cut that covers several pieces, starts before or ends after them', () => {
    expect(subtractIntervals([span(0, 10), span(20, 30), span(40, 50)], [span(5, 45)])).toEqual([
      span(0, 5),
      span(45, 50),
    ]);
    expect(subtractIntervals([span(10, 20)], [span(0, 30)])).toEqual([]);
    expect(subtractIntervals([span(10, 20)], [span(0, 5), span(25, 30)])).toEqual([span(10, 20)]);
  });

  it('merges overlapping input first', () => {
    expect(subtractIntervals([span(0, 10), span(5, 20)], [span(8, 12), span(9, 11)])).toEqual([
      span(0, 8),
      span(12, 20),
    ]);
  });
});

describe('intersectIntervals, clipIntervals and totalDuration', () => {
  it('keeps only time covered by both lists', () => {
    expect(intersectIntervals([span(0, 10), span(20, 40)], [span(5, 25), span(30, 35)])).toEqual([
      span(5, 10),
      span(20, 25),
      span(30, 35),
    ]);
    expect(intersectIntervals([span(0, 10)], [span(10, 20)])).toEqual([]);
  });

  it('clips to a window and sums lengths', () => {
    const clipped = clipIntervals([span(0, 10), span(20, 40), span(50, 60)], 5, 30);
    expect(clipped).toEqual([span(5, 10), span(20, 30)]);
    expect(totalDuration(clipped)).toBe(15);
    expect(totalDuration([])).toBe(0);
  });
});
