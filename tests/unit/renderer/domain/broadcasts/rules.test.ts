import { describe, expect, it } from 'vitest';
import { defaultCadence } from '../../../../../renderer/src/domain/broadcasts/cadence';
import { cadenceOverrideOf } from '../../../../../renderer/src/domain/broadcasts/plan';
import {
  checkCadence,
  checkCadenceChoice,
  checkChannels,
  readCadence,
} from '../../../../../renderer/src/domain/broadcasts/rules';
import { DomainError } from '../../../../../renderer/src/domain/errors';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, values: error.values } : error;
  }
  return undefined;
};

describe('the team cadence', () => {
  it('accepts minutes from 1 to 1440, or status-change only', () => {
    const cadence = { 'SEV-1': 15, 'SEV-2': 1440, 'SEV-3': 1, 'SEV-4': null, 'SEV-5': null };
    expect(checkCadence(cadence)).toEqual(cadence);
  });
  it('refuses zero, fractions and more than a day', () => {
    for (const minutes of [0, 2.5, 1441]) {
      expect(refusal(() => checkCadence({ ...defaultCadence, 'SEV-1': minutes }))).toEqual({
        code: 'cadence-out-of-range',
        values: { min: 1, max: 1440 },
      });
    }
  });
  it('reads back the default when nothing usable is stored', () => {
    expect(readCadence(undefined)).toEqual(defaultCadence);
    expect(readCadence({ 'SEV-1': 'often' })).toEqual(defaultCadence);
    expect(readCadence({ ...defaultCadence, 'SEV-3': 120 })['SEV-3']).toBe(120);
  });
});

describe('an incident’s own cadence', () => {
  it('maps to what the cadence functions read', () => {
    expect(cadenceOverrideOf({ kind: 'settings' })).toBeUndefined();
    expect(cadenceOverrideOf({ kind: 'every', minutes: 20 })).toBe(20);
    expect(cadenceOverrideOf({ kind: 'status-change' })).toBeNull();
  });
  it('refuses an interval out of range', () => {
    expect(refusal(() => checkCadenceChoice({ kind: 'every', minutes: 0 }))).toMatchObject({
      code: 'cadence-out-of-range',
    });
    expect(checkCadenceChoice({ kind: 'every', minutes: 5 })).toEqual({ kind: 'every', minutes: 5 });
  });
});

describe('stakeholder channels', () => {
  it('trim ids and names, keep the id exactly as Slack gave it, and drop duplicates', () => {
    expect(
      checkChannels([
        { channelId: ' C0123ABCD ', channelName: '#exec' },
        { channelId: 'C0123ABCD', channelName: 'exec again' },
        { channelId: 'G0999ZZZZ', channelName: '' },
      ]),
    ).toEqual([
      { channelId: 'C0123ABCD', channelName: 'exec' },
      { channelId: 'G0999ZZZZ', channelName: 'G0999ZZZZ' },
    ]);
  });
  it('refuse what is not a channel id', () => {
    expect(refusal(() => checkChannels([{ channelId: '#general', channelName: 'general' }]))).toEqual({
      code: 'bad-channel-id',
      values: { value: '#general' },
    });
  });
});
