import { describe, expect, it } from 'vitest';
import { composeTrigger } from '../../../../../renderer/src/domain/broadcasts/trigger';

const before = { hasBroadcast: false, asksIc: false, statusChanged: true };
const after = { hasBroadcast: true, asksIc: false, statusChanged: false };

describe('what prompted an update', () => {
  it('calls the first update the first update, not a status change nobody made', () => {
    expect(composeTrigger(before)).toBe('first');
    expect(composeTrigger(before, 'status-change')).toBe('first');
    expect(composeTrigger({ ...before, asksIc: true }, 'cadence')).toBe('first');
  });

  it('after the first update, names the prompt the IC answered', () => {
    expect(composeTrigger({ ...after, statusChanged: true }, 'status-change')).toBe('status-change');
    expect(composeTrigger({ ...after, asksIc: true }, 'cadence')).toBe('cadence');
  });

  it('without a prompt: the due cadence first, then a status change, else the IC’s own wish', () => {
    expect(composeTrigger({ ...after, asksIc: true, statusChanged: true })).toBe('cadence');
    expect(composeTrigger({ ...after, statusChanged: true })).toBe('status-change');
    expect(composeTrigger(after)).toBe('manual');
  });
});
