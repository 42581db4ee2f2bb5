import { describe, expect, it } from 'vitest';
import {
  afterCheck,
  afterCheckFailed,
  dueCheck,
  nextCheckAt,
  sortCopies,
} from '../../../../../renderer/src/domain/broadcasts/duplicates';
import {
  defaultRetryPolicy,
  markSent,
  newDelivery,
} from '../../../../../renderer/src/domain/broadcasts/outbox';

const window = defaultRetryPolicy.inFlightWindowMs;
const queued = newDelivery(
  { broadcastId: 'b1', incidentId: 'i1', channelId: 'C0STAKE01', channelName: 'x' },
  0,
);

describe('the copies of a sent broadcast', () => {
  it('keeps the copy the log links to and removes every other', () => {
    expect(sortCopies(['1.000001', '2.000001', '3.000001'], '2.000001')).toEqual({
      keep: '2.000001',
      remove: ['1.000001', '3.000001'],
    });
  });
  it('keeps the oldest when the linked copy is gone, and removes nothing when there is one', () => {
    expect(sortCopies(['1.000001', '3.000001'], '2.000001').remove).toEqual(['3.000001']);
    expect(sortCopies(['2.000001'], '2.000001').remove).toEqual([]);
  });
});

describe('when the channel is checked', () => {
  it('checks at once after a send', () => {
    const sent = markSent(queued, 1_000, '1.000001');
    expect(dueCheck([sent], 1_000)).toBe(sent);
    expect(nextCheckAt([sent])).toBe(1_000);
  });
  it('a certain send is checked once; one after an unanswered post again a window later', () => {
    const sent = markSent(queued, 1_000, '1.000001');
    expect(afterCheck(sent, 1_010).checkAt).toBeUndefined();
    const uncertain = markSent({ ...queued, uncertainSince: 0 }, 1_000, '1.000001');
    const first = afterCheck(uncertain, 1_010);
    expect(first.checkAt).toBe(1_000 + window);
    expect(dueCheck([first], 1_000 + window - 1)).toBeUndefined();
    expect(afterCheck(first, 1_000 + window).checkAt).toBeUndefined();
  });
  it('a check Slack did not answer is tried again, then given up', () => {
    const sent = markSent({ ...queued, uncertainSince: 0 }, 1_000, '1.000001');
    expect(afterCheckFailed(sent, 2_000).checkAt).toBe(2_000 + defaultRetryPolicy.maxDelayMs);
    expect(afterCheckFailed(sent, 1_000 + 3 * window).checkAt).toBeUndefined();
  });
});
