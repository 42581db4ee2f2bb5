import { describe, expect, it } from 'vitest';
import {
  findBroadcast,
  nameWithSuffix,
  toChannelSummary,
  toSlackTs,
} from '../../../../../main/services/slack/mapping';

describe('nameWithSuffix', () => {
  it('appends -N and shortens the name to stay within 80 characters', () => {
    expect(nameWithSuffix('inc-42', 3)).toBe('inc-42-3');
    const long = 'x'.repeat(80);
    expect(nameWithSuffix(long, 10)).toBe(`${'x'.repeat(77)}-10`);
  });
});

describe('toSlackTs', () => {
  it('turns epoch ms into Slack seconds.micros', () => {
    expect(toSlackTs(1_700_000_000_123)).toBe('1700000000.123000');
    expect(toSlackTs(-5)).toBe('0.000000');
  });
});

describe('toChannelSummary', () => {
  it('skips entries without an id or name', () => {
    expect(toChannelSummary({ name: 'x' })).toBeUndefined();
    expect(toChannelSummary({ id: 'C1', name: 'x' })).toEqual({
      id: 'C1',
      name: 'x',
      isPrivate: false,
      isArchived: false,
      isMember: false,
      topic: '',
    });
  });
});

describe('findBroadcast', () => {
  const messages = [
    { ts: '3.000000', metadata: { event_type: 'other', event_payload: { broadcast_id: 'b' } } },
    { ts: '2.000000', metadata: { event_type: 'warroom_broadcast', event_payload: { broadcast_id: 'b' } } },
    { ts: '1.000000' },
  ];
  it('matches both the event type and the broadcast id', () => {
    expect(findBroadcast(messages, 'warroom_broadcast', 'b')).toBe('2.000000');
    expect(findBroadcast(messages, 'warroom_broadcast', 'c')).toBeUndefined();
  });
});
