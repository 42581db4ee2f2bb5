import { describe, expect, it } from 'vitest';
import {
  checkLoadThresholds,
  defaultLoadThresholds,
  readLoadThresholds,
} from '../../../../../renderer/src/domain/settings/load-settings';

describe('load thresholds', () => {
  it('default to 40% with three checked in, as the issue asks', () => {
    expect(defaultLoadThresholds).toEqual({ concentrationPercent: 40, minCheckedIn: 3 });
  });

  it('refuse a share that is not a whole percent between 10 and 100, naming the field', () => {
    expect(() => checkLoadThresholds({ concentrationPercent: 140, minCheckedIn: 3 })).toThrow(
      expect.objectContaining({ code: 'bad-threshold', values: { field: 'concentrationPercent' } }),
    );
    expect(() => checkLoadThresholds({ concentrationPercent: 40, minCheckedIn: 1 })).toThrow(
      expect.objectContaining({ values: { field: 'minCheckedIn' } }),
    );
    expect(checkLoadThresholds({ concentrationPercent: 55, minCheckedIn: 4 })).toEqual({
      concentrationPercent: 55,
      minCheckedIn: 4,
    });
  });

  it('fall back to the defaults when the stored row cannot be read', () => {
    expect(readLoadThresholds({ concentrationPercent: 'half' })).toEqual(defaultLoadThresholds);
    expect(readLoadThresholds({ concentrationPercent: 50, minCheckedIn: 2 })).toEqual({
      concentrationPercent: 50,
      minCheckedIn: 2,
    });
  });
});
