/**
 * Where a delivery that has not gone out stands, in the IC's words: which of the troubles it met (Slack slow,
 * Slack erring, War Room's own service down, this window to reload) and whether discarding it is safe.
 */
import {
  isBridgeRejected,
  isNotConnected,
  isPending,
  queueOrder,
  type Delivery,
  type DeliveryError,
} from './outbox';

/** What the cockpit says about a delivery that has not gone out yet. */
export type DeliveryProgress =
  | 'waiting'
  | 'sending'
  | 'unreachable'
  | 'slack-slow'
  | 'slack-no-answer'
  | 'slack-error'
  | 'host-down'
  | 'reload'
  | 'not-connected'
  | 'slowed-down'
  | 'sent'
  | 'failed';

/** Which of the troubles the IC must be told apart: Slack slow, Slack erring, our own service, this window. */
function troubleOf(error: DeliveryError): DeliveryProgress {
  if (isNotConnected(error)) return 'not-connected';
  if (error.code === 'rate_limited') return 'slowed-down';
  if (isBridgeRejected(error)) return 'reload';
  if (error.code === 'host_unreachable') return 'host-down';
  if (error.slackError === 'timeout') return 'slack-slow';
  if (error.slackError === 'connection_lost') return 'slack-no-answer';
  if (error.code === 'ambiguous' || (error.code === 'transient' && error.slackError !== 'unreachable'))
    return 'slack-error';
  return 'unreachable';
}

/**
 * Where a delivery stands, in the IC's terms. An update not yet tried that waits behind an older one
 * in the same channel (`queue`) shares that one's trouble: both go when Slack is reachable again.
 */
export function deliveryProgress(delivery: Delivery, queue: readonly Delivery[] = []): DeliveryProgress {
  if (delivery.state === 'sent' || delivery.state === 'failed' || delivery.state === 'sending')
    return delivery.state;
  if (delivery.lastError === null) {
    const blocking = queue.find(
      (d) =>
        d.channelId === delivery.channelId &&
        isPending(d) &&
        d.lastError !== null &&
        queueOrder(d, delivery) < 0,
    );
    return blocking === undefined ? 'waiting' : deliveryProgress(blocking);
  }
  return troubleOf(delivery.lastError);
}

/** True when an earlier post of this delivery may have reached Slack: discarding it cannot take that back. */
export function mayAlreadyBeInSlack(delivery: Pick<Delivery, 'uncertainSince' | 'state'>): boolean {
  return delivery.state === 'sending' || delivery.uncertainSince !== null;
}
