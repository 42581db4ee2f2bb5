import { describe, expect, it } from 'vitest';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import {
  checkFatigueThresholds,
  readFatigueThresholds,
} from '../../../../../renderer/src/domain/settings/fatigue-settings';

describe('whether night hours count toward the limits', () => {
  it('keeps a team policy saved before the switch existed, with the night counted', () => {
    const { nightCountsTowardLimits: _, ...saved } = {
      ...defaultFatigueThresholds,
      dutyLimitMinutes: 14 * 60,
    };
    expect(readFatigueThresholds(saved)).toEqual({
      ...defaultFatigueThresholds,
      dutyLimitMinutes: 14 * 60,
      nightCountsTowardLimits: true,
    });
  });

  it('can be turned off, and refuses anything but yes or no', () => {
    const off = { ...defaultFatigueThresholds, nightCountsTowardLimits: false };
    expect(checkFatigueThresholds(off).nightCountsTowardLimits).toBe(false);
    const garbled = { ...defaultFatigueThresholds, nightCountsTowardLimits: 'yes' };
    expect(readFatigueThresholds(garbled)).toEqual(defaultFatigueThresholds);
  });
});
