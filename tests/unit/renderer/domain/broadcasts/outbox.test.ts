import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterNotFound,
  defaultRetryPolicy,
  deliveryProgress,
  inFlightWindowFor,
  mayAlreadyBeInSlack,
  lookupOldest,
  mustLookUpFirst,
  newDelivery,
  nextDelivery,
  nextWakeAt,
  recoverInterrupted,
  retryDelayMs,
  startAttempt,
  type Delivery,
} from '../../../../../renderer/src/domain/broadcasts/outbox';

const t0 = Date.parse('2026-11-24T10:00:00Z');
const base = newDelivery(
  { broadcastId: 'B1', incidentId: 'I1', channelId: 'C0001AAAA', channelName: 'exec' },
  t0,
);
const sending = startAttempt(base, t0 + 1_000);

describe('a new delivery', () => {
  it('is queued, due at once, and certainly not posted', () => {
    expect(base).toMatchObject({
      id: 'B1:C0001AAAA',
      state: 'queued',
      attempts: 0,
      nextAttemptAt: t0,
      uncertainSince: null,
    });
    expect(mustLookUpFirst(base)).toBe(false);
  });
  it('is marked sending, with the attempt counted, before the post leaves', () => {
    expect(sending).toMatchObject({ state: 'sending', attempts: 1, attemptStartedAt: t0 + 1_000 });
  });
});

describe('after a failed post', () => {
  const at = t0 + 2_000;
  it('a permanent refusal ends as failed, with the reason kept', () => {
    const error = {
      code: 'channel',
      message: 'not in channel',
      slackError: 'not_in_channel',
      permanent: true,
    };
    expect(afterFailure(sending, error, { now: at, jitter: 0, posting: true })).toMatchObject({
      state: 'failed',
      lastError: error,
    });
  });
  it('a lost answer makes the delivery uncertain from the attempt on, and retries after 1 s', () => {
    const next = afterFailure(
      sending,
      { code: 'ambiguous', message: '' },
      { now: at, jitter: 0, posting: true },
    );
    expect(next).toMatchObject({ state: 'queued', uncertainSince: t0 + 1_000, nextAttemptAt: at + 1_000 });
    expect(mustLookUpFirst(next)).toBe(true);
    expect(deliveryProgress(next)).toBe('slack-error');
  });
  it('Slack’s 429 is obeyed to the second and leaves the delivery certain (nothing was posted)', () => {
    const next = afterFailure(
      sending,
      { code: 'rate_limited', message: '', retryAfterSeconds: 7 },
      { now: at, jitter: 0.5, posting: true },
    );
    expect(next).toMatchObject({ state: 'queued', uncertainSince: null, nextAttemptAt: at + 7_050 });
    expect(deliveryProgress(next)).toBe('slowed-down');
  });
  it('a 429 after an earlier lost answer keeps the earlier uncertainty', () => {
    const uncertain: Delivery = { ...sending, uncertainSince: t0 + 500 };
    const next = afterFailure(
      uncertain,
      { code: 'rate_limited', message: '' },
      { now: at, jitter: 0, posting: true },
    );
    expect(next.uncertainSince).toBe(t0 + 500);
    expect(next.nextAttemptAt).toBe(at + 1_000);
  });
  it('Slack unreachable from main posted nothing; the bridge itself failing may have', () => {
    const unreachable = { code: 'transient', message: '', permanent: false };
    expect(
      afterFailure(sending, unreachable, { now: at, jitter: 0, posting: true }).uncertainSince,
    ).toBeNull();
    const hostGone = { code: 'transient', message: 'The War Room host is not reachable.' };
    expect(afterFailure(sending, hostGone, { now: at, jitter: 0, posting: true }).uncertainSince).toBe(
      t0 + 1_000,
    );
  });
  it('a failed lookup changes no certainty: it posted nothing', () => {
    const next = afterFailure(
      base,
      { code: 'transient', message: '' },
      { now: at, jitter: 0, posting: false },
    );
    expect(next.uncertainSince).toBeNull();
  });
  it('Slack not connected waits for the IC instead of failing', () => {
    const error = { code: 'auth', message: '', slackError: 'not_authed', permanent: true };
    const next = afterFailure(sending, error, { now: at, jitter: 0, posting: true });
    expect(next).toMatchObject({ state: 'queued', uncertainSince: null, nextAttemptAt: at + 15_000 });
    expect(deliveryProgress(next)).toBe('not-connected');
  });
});

describe('retry delays', () => {
  it('double from 1 s and stop at 15 s; jitter adds at most a fifth', () => {
    expect([1, 2, 3, 4, 5, 6, 40].map((n) => retryDelayMs(n, 0))).toEqual([
      1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000,
    ]);
    expect(retryDelayMs(1, 1)).toBe(1_200);
    expect(retryDelayMs(3, 0.5)).toBe(4_400);
  });
});

describe('a delivery interrupted mid-send (the window died)', () => {
  it('becomes an uncertain queued delivery, looked up from a margin before its attempt', () => {
    const recovered = recoverInterrupted(sending);
    expect(recovered).toMatchObject({ state: 'queued', uncertainSince: t0 + 1_000, attempts: 1 });
    expect(mustLookUpFirst(recovered)).toBe(true);
    expect(lookupOldest(recovered)).toBe(t0 + 1_000 - 5 * 60_000);
  });
  it('a queued delivery is left as it is', () => {
    expect(recoverInterrupted(base)).toBe(base);
  });
});

describe('choosing what to deliver', () => {
  const a = newDelivery({ broadcastId: 'A', incidentId: 'I', channelId: 'C000000A1', channelName: 'a' }, t0);
  const b = newDelivery(
    { broadcastId: 'B', incidentId: 'I', channelId: 'C000000B1', channelName: 'b' },
    t0 + 10,
  );
  const later = {
    ...newDelivery({ broadcastId: 'L', incidentId: 'I', channelId: 'C000000B1', channelName: 'b' }, t0),
    nextAttemptAt: t0 + 9_000,
  };
  const sent: Delivery = {
    ...newDelivery({ broadcastId: 'S', incidentId: 'I', channelId: 'C000000A1', channelName: 'a' }, t0 - 5),
    state: 'sent',
  };

  it('takes the oldest due delivery, skipping sent ones and channels on hold', () => {
    expect(nextDelivery([b, a, sent, later], t0 + 100, new Map())?.id).toBe('A:C000000A1');
    expect(nextDelivery([b, a], t0 + 100, new Map([['C000000A1', t0 + 1_000]]))?.id).toBe('B:C000000B1');
    expect(nextDelivery([later], t0 + 100, new Map())).toBeUndefined();
  });
  it('keeps each channel in queue order: a younger update waits behind an older one backing off', () => {
    expect(nextDelivery([b, later], t0 + 100, new Map())).toBeUndefined();
    expect(nextDelivery([b, later], t0 + 9_000, new Map())?.id).toBe('L:C000000B1');
    expect(nextWakeAt([b, later], new Map())).toBe(t0 + 9_000);
  });
  it('wakes at the earliest time anything may go', () => {
    expect(nextWakeAt([later, sent], new Map())).toBe(t0 + 9_000);
    expect(nextWakeAt([a], new Map([['C000000A1', t0 + 700]]))).toBe(t0 + 700);
    expect(nextWakeAt([sent], new Map())).toBeNull();
  });
});

describe('progress of an update queued behind another', () => {
  it('shares the trouble of the older update it waits behind in the same channel', () => {
    const older = {
      ...newDelivery({ broadcastId: 'O', incidentId: 'I', channelId: 'C000000A1', channelName: 'a' }, t0),
      lastError: { code: 'transient', message: 'Slack is not reachable', slackError: 'unreachable' },
    };
    const younger = newDelivery(
      { broadcastId: 'Y', incidentId: 'I', channelId: 'C000000A1', channelName: 'a' },
      t0 + 5,
    );
    const elsewhere = newDelivery(
      { broadcastId: 'E', incidentId: 'I', channelId: 'C000000B1', channelName: 'b' },
      t0 + 5,
    );
    expect(deliveryProgress(younger, [older, younger])).toBe('unreachable');
    expect(deliveryProgress(elsewhere, [older, elsewhere])).toBe('waiting');
    expect(deliveryProgress(younger)).toBe('waiting');
  });
});

describe('a post that went unanswered (a slow Slack)', () => {
  const window = defaultRetryPolicy.inFlightWindowMs;
  const timedOut = afterFailure(
    sending,
    { code: 'ambiguous', message: '', slackError: 'timeout' },
    { now: t0 + 11_000, jitter: 0, posting: true },
  );
  it('may still land for the in-flight window: the client timeout plus a margin', () => {
    expect(window).toBe(inFlightWindowFor(10_000));
    expect(window).toBeGreaterThan(10_000 + 60_000);
    expect(timedOut.inFlightUntil).toBe(t0 + 1_000 + window);
    expect(deliveryProgress(timedOut)).toBe('slack-slow');
  });
  it('is not posted again while the lookup finds nothing inside the window: it looks again', () => {
    const early = afterNotFound(timedOut, { now: t0 + 12_000, jitter: 0 });
    expect(early.post).toBe(false);
    if (!early.post) {
      expect(early.delivery.nextAttemptAt).toBeGreaterThan(t0 + 12_000);
      expect(early.delivery.nextAttemptAt).toBeLessThanOrEqual(t0 + 1_000 + window);
    }
    const nearEnd = afterNotFound(timedOut, { now: t0 + window, jitter: 0 });
    expect(nearEnd.post === false && nearEnd.delivery.nextAttemptAt).toBe(t0 + 1_000 + window);
  });
  it('is posted again only once the window has passed and the lookup still finds nothing', () => {
    expect(afterNotFound(timedOut, { now: t0 + 1_000 + window, jitter: 0 }).post).toBe(true);
  });
  it('a post the window died in keeps the window from its start', () => {
    expect(recoverInterrupted(sending).inFlightUntil).toBe(t0 + 1_000 + window);
  });
  it('a certain delivery has no window to wait out', () => {
    expect(afterNotFound(base, { now: t0, jitter: 0 }).post).toBe(true);
  });
});

describe('what the chip says, one situation each', () => {
  const after = (error: { code: string; message: string; slackError?: string; permanent?: boolean }) =>
    deliveryProgress(afterFailure(sending, error, { now: t0 + 2_000, jitter: 0, posting: true }));
  it('tells a slow Slack, a broken connection, a Slack error, our own service and a stale window apart', () => {
    expect(after({ code: 'ambiguous', message: '', slackError: 'timeout' })).toBe('slack-slow');
    expect(after({ code: 'ambiguous', message: '', slackError: 'connection_lost' })).toBe('slack-no-answer');
    expect(after({ code: 'ambiguous', message: '', slackError: 'http_500' })).toBe('slack-error');
    expect(after({ code: 'host_unreachable', message: '' })).toBe('host-down');
    expect(after({ code: 'bridge_rejected', message: '' })).toBe('reload');
    expect(after({ code: 'transient', message: '', slackError: 'unreachable', permanent: false })).toBe(
      'unreachable',
    );
  });
  it('a rejected window is a definite refusal: nothing may have landed, the row waits as it was', () => {
    const next = afterFailure(
      sending,
      { code: 'bridge_rejected', message: '' },
      { now: t0 + 2_000, jitter: 0, posting: true },
    );
    expect(next).toMatchObject({ state: 'queued', uncertainSince: null, attempts: 1 });
    expect(mayAlreadyBeInSlack(next)).toBe(false);
  });
  it('our own service not answering mid-post may have posted: Discard must say so', () => {
    const next = afterFailure(
      sending,
      { code: 'host_unreachable', message: '' },
      { now: t0 + 2_000, jitter: 0, posting: true },
    );
    expect(mayAlreadyBeInSlack(next)).toBe(true);
    expect(next.inFlightUntil).toBe(t0 + 1_000 + defaultRetryPolicy.inFlightWindowMs);
  });
});
