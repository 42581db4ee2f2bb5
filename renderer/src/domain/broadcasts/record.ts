/** A broadcast as the cockpit keeps it: what was said, to whom, and how each channel's delivery ended. */
import type { BroadcastQueued } from './events';
import type { ChannelRef } from './plan';

/** What the log says about one channel's copy; the device-local outbox holds the attempts. */
export type DeliveryRecord = ChannelRef & {
  outcome: 'pending' | 'sent' | 'failed' | 'discarded';
  ts: string | null;
  permalink: string | null;
  failure: { code: string; slackError: string | null; message: string } | null;
  /** When it was sent, failed or was discarded. */
  at: number | null;
};

/** A queued broadcast as its event describes it, plus where each channel's delivery stands. */
export type BroadcastRecord = Omit<BroadcastQueued['payload'], 'broadcastId'> & {
  id: string;
  incidentId: string;
  createdAt: number;
  createdBy: string;
  /** By channel id. */
  deliveries: Record<string, DeliveryRecord>;
};
