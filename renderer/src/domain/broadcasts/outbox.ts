/**
 * The delivery of one broadcast to one channel, as a state machine: queued → sending → sent | failed. Pure: the
 * dispatcher (db/outbox/) stores each state before acting on it, so a crash at any point leaves a row that says
 * what may have happened. The rules that make delivery exactly-once live here:
 * - a post that may have reached Slack (no answer, 5xx, connection cut, or a crash mid-send) marks the
 *   delivery uncertain, and an uncertain delivery is looked up in the channel before it is posted again;
 * - Slack's "slow down" (429) is obeyed to the second and posted nothing, so it changes no certainty;
 * - a permanent refusal ends the delivery as failed, with what to do.
 */
import { slackRequestTimeoutMs } from '../../../../preload/contract/slack';

export const outboxStates = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxState = (typeof outboxStates)[number];

/** A failure as the bridge reported it (code, Slack's own error, whether retrying can help). */
export type DeliveryError = {
  code: string;
  message: string;
  slackError?: string;
  neededScope?: string;
  retryAfterSeconds?: number;
  permanent?: boolean;
};

export type Delivery = {
  /** `${broadcastId}:${channelId}`: one row per channel a broadcast goes to. */
  id: string;
  broadcastId: string;
  incidentId: string;
  channelId: string;
  channelName: string;
  state: OutboxState;
  attempts: number;
  queuedAt: number;
  /** Not before this time (backoff, Retry-After). */
  nextAttemptAt: number;
  /** When the current (or last) post was started. */
  attemptStartedAt: number | null;
  /** Since when a post may have reached Slack; the lookup reads history from there. Null: certainly not posted. */
  uncertainSince: number | null;
  lastError: DeliveryError | null;
  sentAt: number | null;
  /** Until then an unanswered post may still land: a lookup that finds nothing is not trusted before it. */
  inFlightUntil?: number;
  /** The copy stakeholders keep, once sent; any other copy carrying the broadcast id is removed. */
  sentTs?: string;
  /** When to look in the channel for extra copies (see duplicates.ts); absent when nothing is left to check. */
  checkAt?: number;
};

export type RetryPolicy = {
  /** The first retry waits this long; each further one twice as long, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Slack allows about one message a second per channel: the pause between two posts to one channel. */
  channelSpacingMs: number;
  /** A lookup reads history from a little before the attempt, in case the machines' clocks disagree. */
  lookupMarginMs: number;
  /** How long a post that went unanswered may still land in Slack (see inFlightWindowFor). */
  inFlightWindowMs: number;
};

/**
 * How long after a post started a copy may still appear in Slack although the post went unanswered. The
 * client giving up does not stop Slack: a request it already received is still processed, and answers 12 s
 * and 15 s after a 10 s timeout have been seen (and 60 s late in fault trials). Until this window has passed,
 * "not found in the channel" proves nothing, so the dispatcher keeps looking instead of posting again. The
 * margin is seven more timeouts' worth (80 s in all at 10 s), so it scales with the timeout (tests use a short
 * one). The cost is only paid by a post that truly got lost: one that landed is found by a lookup meanwhile.
 */
export function inFlightWindowFor(requestTimeoutMs: number): number {
  return requestTimeoutMs + 7 * requestTimeoutMs;
}

/** Slack unreachable costs nothing to retry, so the cap is short: a broadcast leaves soon after Slack is back. */
export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 15_000,
  channelSpacingMs: 1_000,
  lookupMarginMs: 5 * 60_000,
  inFlightWindowMs: inFlightWindowFor(slackRequestTimeoutMs),
};

/** A new delivery, due at once. */
export function newDelivery(
  input: { broadcastId: string; incidentId: string; channelId: string; channelName: string },
  now: number,
): Delivery {
  return {
    id: `${input.broadcastId}:${input.channelId}`,
    ...input,
    state: 'queued',
    attempts: 0,
    queuedAt: now,
    nextAttemptAt: now,
    attemptStartedAt: null,
    uncertainSince: null,
    lastError: null,
    sentAt: null,
  };
}

/** Still to go out: queued, or in the middle of (or interrupted while) sending. */
export function isPending(delivery: Pick<Delivery, 'state'>): boolean {
  return delivery.state === 'queued' || delivery.state === 'sending';
}

/**
 * What the dispatcher must do first: a delivery found "sending" was interrupted (its dispatcher died), and one
 * marked uncertain may already be in the channel; both are looked up before any post.
 */
export function mustLookUpFirst(delivery: Delivery): boolean {
  return delivery.state === 'sending' || delivery.uncertainSince !== null;
}

/** The history window to search: from a little before the first post that may have gone through. */
export function lookupOldest(delivery: Delivery, policy: RetryPolicy = defaultRetryPolicy): number {
  const since = delivery.uncertainSince ?? delivery.attemptStartedAt ?? delivery.queuedAt;
  return Math.max(0, since - policy.lookupMarginMs);
}

/** An interrupted "sending" row becomes an uncertain queued one, without losing when the post started. */
export function recoverInterrupted(delivery: Delivery, policy: RetryPolicy = defaultRetryPolicy): Delivery {
  if (delivery.state !== 'sending') return delivery;
  const since = delivery.uncertainSince ?? delivery.attemptStartedAt ?? delivery.queuedAt;
  const started = delivery.attemptStartedAt ?? since;
  const inFlightUntil = Math.max(delivery.inFlightUntil ?? 0, started + policy.inFlightWindowMs);
  return { ...delivery, state: 'queued', uncertainSince: since, inFlightUntil };
}

/**
 * What to do when the channel does not hold the broadcast: post it only once no earlier post can still land;
 * before that, look again (at the usual backoff, never later than the window's end).
 */
export function afterNotFound(
  delivery: Delivery,
  input: { now: number; jitter: number; policy?: RetryPolicy },
): { post: true } | { post: false; delivery: Delivery } {
  const until = delivery.inFlightUntil ?? 0;
  if (input.now >= until) return { post: true };
  const wait = retryDelayMs(Math.max(1, delivery.attempts), input.jitter, input.policy);
  return { post: false, delivery: { ...delivery, nextAttemptAt: Math.min(input.now + wait, until) } };
}

/** War Room's own service refused this window (its launch token is stale): only a reload helps. */
export function isBridgeRejected(error: Pick<DeliveryError, 'code'>): boolean {
  return error.code === 'bridge_rejected';
}

/** Stored before the post leaves: from here on, a crash leaves a row the next dispatcher will look up. */
export function startAttempt(delivery: Delivery, now: number): Delivery {
  return { ...delivery, state: 'sending', attempts: delivery.attempts + 1, attemptStartedAt: now };
}

/** In the channel: the copy with `ts` is the one kept, and the channel is checked for others at once. */
export function markSent(delivery: Delivery, now: number, ts: string): Delivery {
  return { ...delivery, state: 'sent', sentAt: now, lastError: null, sentTs: ts, checkAt: now };
}

/** The wait before retry number `attempts` + 1: 1 s, 2 s, 4 s … capped, spread by `jitter` (0 to 1) up to 20%. */
export function retryDelayMs(
  attempts: number,
  jitter: number,
  policy: RetryPolicy = defaultRetryPolicy,
): number {
  const exponent = Math.max(0, attempts - 1);
  const plain = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
  return Math.round(plain * (1 + 0.2 * Math.min(1, Math.max(0, jitter))));
}

/** No token saved: nothing was sent, and the delivery waits for the IC to connect Slack rather than failing. */
export function isNotConnected(error: DeliveryError): boolean {
  return error.slackError === 'not_authed';
}

/**
 * This attempt certainly posted nothing: Slack refused it (rate limit, bad token, channel or blocks), or main
 * could not reach Slack at all. Main marks every Slack answer with `permanent`; a `transient` without that mark
 * is the bridge itself failing (the browser host gone mid-request), after which the post may have happened.
 */
export function isDefiniteRefusal(error: DeliveryError): boolean {
  if (error.code === 'rate_limited' || error.permanent === true || isNotConnected(error)) return true;
  // The host refused the request before doing anything with it.
  if (isBridgeRejected(error)) return true;
  return error.code === 'transient' && error.permanent === false;
}

/**
 * The row after a failed post or lookup. `posting` says whether the failed call was a post (which may have gone
 * through) or a lookup (which changes nothing in Slack).
 */
export function afterFailure(
  delivery: Delivery,
  error: DeliveryError,
  input: { now: number; jitter: number; posting: boolean; policy?: RetryPolicy },
): Delivery {
  const policy = input.policy ?? defaultRetryPolicy;
  if (isNotConnected(error)) {
    return { ...delivery, state: 'queued', lastError: error, nextAttemptAt: input.now + policy.maxDelayMs };
  }
  if (error.permanent === true) return { ...delivery, state: 'failed', lastError: error };
  // Nothing this window can do succeeds until it is reloaded; another window may send it at once.
  if (isBridgeRejected(error))
    return { ...delivery, state: 'queued', lastError: error, nextAttemptAt: input.now };
  const mayLand = input.posting && !isDefiniteRefusal(error);
  const uncertainSince = mayLand
    ? (delivery.uncertainSince ?? delivery.attemptStartedAt ?? input.now)
    : delivery.uncertainSince;
  const started = delivery.attemptStartedAt ?? input.now;
  const inFlightUntil = mayLand
    ? Math.max(delivery.inFlightUntil ?? 0, started + policy.inFlightWindowMs)
    : delivery.inFlightUntil;
  const wait =
    error.code === 'rate_limited'
      ? (error.retryAfterSeconds ?? 1) * 1000 + Math.round(100 * input.jitter)
      : retryDelayMs(delivery.attempts, input.jitter, policy);
  return {
    ...delivery,
    state: 'queued',
    uncertainSince,
    ...(inFlightUntil === undefined ? {} : { inFlightUntil }),
    lastError: error,
    nextAttemptAt: input.now + wait,
  };
}

/** The IC sends a failed delivery again: due now, keeping what is known about earlier attempts. */
export function requeue(delivery: Delivery, now: number): Delivery {
  return { ...delivery, state: 'queued', nextAttemptAt: now, lastError: null };
}

/** Channels that must not be posted to before a time (spacing after a post, or Slack's Retry-After). */
export type ChannelHolds = ReadonlyMap<string, number>;

/** Oldest queued first; the id breaks ties so every window agrees. */
export const queueOrder = (a: Delivery, b: Delivery) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1);

/**
 * The oldest pending delivery of each channel. A channel's updates go out in the order they were
 * queued: stakeholders must never read "half done" before "started", so a younger update waits
 * behind an older one that is backing off.
 */
function channelHeads(deliveries: readonly Delivery[]): Delivery[] {
  const heads = new Map<string, Delivery>();
  for (const d of deliveries) {
    if (!isPending(d)) continue;
    const head = heads.get(d.channelId);
    if (head === undefined || queueOrder(d, head) < 0) heads.set(d.channelId, d);
  }
  return [...heads.values()];
}

/** The delivery to work on now: the oldest due head of a channel that is not on hold. */
export function nextDelivery(
  deliveries: readonly Delivery[],
  now: number,
  holds: ChannelHolds,
): Delivery | undefined {
  return channelHeads(deliveries)
    .filter((d) => d.nextAttemptAt <= now && (holds.get(d.channelId) ?? 0) <= now)
    .sort(queueOrder)[0];
}

/** When the dispatcher should look again: the earliest time a channel's next delivery may go, or null if none waits. */
export function nextWakeAt(deliveries: readonly Delivery[], holds: ChannelHolds): number | null {
  let earliest: number | null = null;
  for (const d of channelHeads(deliveries)) {
    const at = Math.max(d.nextAttemptAt, holds.get(d.channelId) ?? 0);
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}

export * from './progress';
