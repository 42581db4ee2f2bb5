/**
 * After a send, the channel must hold the broadcast exactly once. The outbox never posts again while an earlier
 * unanswered post may still land (its in-flight window), but Slack gives no bound on how late that is: a post
 * answered after the window can still put a second copy in the channel. So a sent delivery is checked: once at
 * once (a copy that landed between the last lookup and the post), and, when an earlier post may have gone out
 * unanswered, once more a whole in-flight window later. Every copy but the one kept is removed (ours to delete:
 * the bot posted it) and the log says so. Pure: the dispatcher stores each step.
 */
import { defaultRetryPolicy, type Delivery, type RetryPolicy } from './outbox';

/**
 * Which copy stays and which go. The kept one is the copy the log links to; if it is gone from the channel
 * (someone deleted it), the oldest stays, so stakeholders keep the update where they first saw it.
 */
export function sortCopies(
  copies: readonly string[],
  kept: string | undefined,
): { keep: string | undefined; remove: string[] } {
  const keep = kept !== undefined && copies.includes(kept) ? kept : copies[0];
  return { keep: keep ?? kept, remove: copies.filter((ts) => ts !== keep) };
}

/** The row once nothing is left to check. */
export function withoutCheck(delivery: Delivery): Delivery {
  const { checkAt: _done, ...rest } = delivery;
  return rest;
}

/** The row after a check that found what it found: checked again later only while a late copy may still land. */
export function afterCheck(
  delivery: Delivery,
  now: number,
  policy: RetryPolicy = defaultRetryPolicy,
): Delivery {
  if (delivery.uncertainSince === null || delivery.sentAt === null) return withoutCheck(delivery);
  const followUp = delivery.sentAt + policy.inFlightWindowMs;
  return now < followUp ? { ...delivery, checkAt: followUp } : withoutCheck(delivery);
}

/**
 * The row after a check Slack did not answer: tried again at the longest backoff, for a few windows; after that
 * a late copy is no longer expected and the check is given up (stakeholders have the update either way).
 */
export function afterCheckFailed(
  delivery: Delivery,
  now: number,
  policy: RetryPolicy = defaultRetryPolicy,
): Delivery {
  const giveUpAt = (delivery.sentAt ?? now) + 3 * policy.inFlightWindowMs;
  return now < giveUpAt ? { ...delivery, checkAt: now + policy.maxDelayMs } : withoutCheck(delivery);
}

/** The sent delivery whose check is due first, if any. */
export function dueCheck(deliveries: Iterable<Delivery>, now: number): Delivery | undefined {
  let due: Delivery | undefined;
  for (const d of deliveries) {
    if (d.state !== 'sent' || d.checkAt === undefined || d.checkAt > now) continue;
    if (due === undefined || d.checkAt < (due.checkAt ?? Infinity)) due = d;
  }
  return due;
}

/** The earliest check still to come, or null. */
export function nextCheckAt(deliveries: Iterable<Delivery>): number | null {
  let earliest: number | null = null;
  for (const d of deliveries) {
    if (d.state !== 'sent' || d.checkAt === undefined) continue;
    if (earliest === null || d.checkAt < earliest) earliest = d.checkAt;
  }
  return earliest;
}
