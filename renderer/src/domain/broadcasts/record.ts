/** A broadcast as the cockpit keeps it: what was said, to whom, and how each channel's delivery ended. */
import type { BroadcastSnapshot } from './cadence';
import type { BroadcastTrigger } from './events';
import type { ChannelRef } from './plan';
import type { Block, BroadcastSectionKey, BroadcastTemplate } from './types';

/** What the log says about one channel's copy; the device-local outbox holds the attempts. */
export type DeliveryRecord = ChannelRef & {
  outcome: 'pending' | 'sent' | 'failed' | 'discarded';
  ts: string | null;
  permalink: string | null;
  failure: { code: string; slackError: string | null; message: string } | null;
  /** When it was sent, failed or was discarded. */
  at: number | null;
};

export type BroadcastRecord = {
  id: string;
  incidentId: string;
  createdAt: number;
  createdBy: string;
  template: BroadcastTemplate;
  sections: Partial<Record<BroadcastSectionKey, string>>;
  blocks: Block[];
  text: string;
  channels: ChannelRef[];
  nextUpdateBy: number | null;
  snapshot: BroadcastSnapshot;
  trigger: BroadcastTrigger;
  /** By channel id. */
  deliveries: Record<string, DeliveryRecord>;
};
