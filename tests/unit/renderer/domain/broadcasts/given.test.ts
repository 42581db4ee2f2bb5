/**
 * Cadence counts from delivery: an update is given when Slack has it. With Slack down, the update queued at
 * 10:00 is not given, so the 10:30 update is still owed at 10:30 (and overdue after), and the countdown says
 * one is waiting.
 */
import { describe, expect, it } from 'vitest';
import { broadcastDue } from '../../../../../renderer/src/domain/broadcasts/cadence';
import { givenAt, givenFacts } from '../../../../../renderer/src/domain/broadcasts/given';
import { broadcastNudges } from '../../../../../renderer/src/domain/broadcasts/nudges';
import type { DeliveryRecord } from '../../../../../renderer/src/domain/broadcasts/record';

const at = (h: number, m: number): number => Date.UTC(2026, 10, 24, h, m);

function delivery(channelId: string, outcome: DeliveryRecord['outcome'], sentAt: number | null = null) {
  return { channelId, channelName: channelId, outcome, ts: null, permalink: null, failure: null, at: sentAt };
}

const sentAt1000 = { createdAt: at(9, 59), deliveries: { C1: delivery('C1', 'sent', at(10, 0)) } };
const queuedAt1005Waiting = { createdAt: at(10, 5), deliveries: { C1: delivery('C1', 'pending') } };

describe('when stakeholders were given an update', () => {
  it('is when Slack first had it in any channel, not when it was queued', () => {
    const twoChannels = {
      createdAt: at(9, 50),
      deliveries: { C1: delivery('C1', 'sent', at(10, 2)), C2: delivery('C2', 'sent', at(10, 1)) },
    };
    expect(givenAt(twoChannels)).toBe(at(10, 1));
    expect(givenAt(queuedAt1005Waiting)).toBeNull();
  });

  it('counts from the last update Slack has, and says when a newer one is still waiting', () => {
    expect(givenFacts([queuedAt1005Waiting, sentAt1000])).toEqual({ lastGivenAt: at(10, 0), waiting: true });
    expect(givenFacts([sentAt1000])).toEqual({ lastGivenAt: at(10, 0), waiting: false });
    expect(givenFacts([])).toEqual({ lastGivenAt: null, waiting: false });
  });

  it('an update that failed or was discarded everywhere is neither given nor waiting', () => {
    const failed = { createdAt: at(10, 5), deliveries: { C1: delivery('C1', 'failed') } };
    expect(givenFacts([failed, sentAt1000])).toEqual({ lastGivenAt: at(10, 0), waiting: false });
  });
});

describe('with Slack down, the clock keeps running until the update arrives', () => {
  const sev1 = { severity: 'SEV-1' as const, status: 'identified' as const, declaredAt: at(9, 40) };

  it('the first update queued but not delivered: still owed 30 min after declaring, and waiting', () => {
    const facts = givenFacts([{ createdAt: at(9, 42), deliveries: { C1: delivery('C1', 'pending') } }]);
    const due = broadcastDue({
      ...sev1,
      lastBroadcastAt: facts.lastGivenAt,
      waitingForSlack: facts.waiting,
      now: at(10, 15),
    });
    expect(due).toEqual({ state: 'overdue', dueAt: at(10, 10), minutesLeft: -5, waiting: true });
    const nudges = broadcastNudges({
      incidentId: 'i1',
      due,
      statusChanged: false,
      neverBroadcast: false,
      status: 'identified',
      severity: 'SEV-1',
      changedAt: at(9, 40),
      now: at(10, 15),
    });
    expect(nudges.map((n) => n.kind)).toEqual(['broadcast-overdue']);
  });

  it('once Slack has it, the next one is owed a full interval after delivery', () => {
    const delivered = { createdAt: at(9, 42), deliveries: { C1: delivery('C1', 'sent', at(10, 20)) } };
    const facts = givenFacts([delivered]);
    const due = broadcastDue({ ...sev1, lastBroadcastAt: facts.lastGivenAt, now: at(10, 21) });
    expect(due).toMatchObject({ state: 'not-due', dueAt: at(10, 50), waiting: false });
  });

  it('a resolved incident waits for nothing', () => {
    const due = broadcastDue({
      ...sev1,
      status: 'resolved',
      lastBroadcastAt: null,
      waitingForSlack: true,
      now: at(11, 0),
    });
    expect(due.waiting).toBe(false);
  });
});
