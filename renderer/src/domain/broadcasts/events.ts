/**
 * Events of stakeholder broadcasts and of the incident's Slack channel. Payloads carry channel names as well as
 * ids, so a log line reads without lookups and a replay on another desktop means the same.
 */
import type { EventOf } from '../log/event-of';
import type { BroadcastSnapshot, Cadence } from './cadence';
import type { CadenceChoice, ChannelRef } from './plan';
import type { Block, BroadcastSectionKey, BroadcastTemplate } from './types';

/**
 * What prompted a broadcast: the IC, a status change, the cadence, the cadence on an auto-send incident, or
 * nothing yet told (the incident's first update).
 */
export const broadcastTriggers = ['manual', 'status-change', 'cadence', 'auto', 'first'] as const;
export type BroadcastTrigger = (typeof broadcastTriggers)[number];

export type BroadcastQueued = EventOf<
  'broadcast.queued',
  {
    broadcastId: string;
    template: BroadcastTemplate;
    /** The IC's text per section, as typed (unescaped). */
    sections: Partial<Record<BroadcastSectionKey, string>>;
    /** Exactly what Slack receives, as built and previewed. */
    blocks: Block[];
    text: string;
    channels: ChannelRef[];
    nextUpdateBy: number | null;
    snapshot: BroadcastSnapshot;
    trigger: BroadcastTrigger;
  }
>;
type Delivery = ChannelRef & { broadcastId: string };
export type BroadcastSent = EventOf<'broadcast.sent', Delivery & { ts: string; permalink: string }>;
/** A permanent refusal by Slack; `slackError` says which, `message` what to do. */
export type BroadcastFailed = EventOf<
  'broadcast.failed',
  Delivery & { code: string; slackError: string | null; message: string }
>;
/**
 * A second copy of a sent broadcast turned up in the channel (a slow earlier post that landed late) and War
 * Room deleted it: `ts` is the removed copy, `keptTs` the one stakeholders keep.
 */
export type BroadcastDuplicateRemoved = EventOf<
  'broadcast.duplicate-removed',
  Delivery & { ts: string; keptTs: string | null }
>;
/** The IC sends a failed broadcast again, after fixing what Slack refused. */
export type BroadcastRetried = EventOf<'broadcast.retried', Delivery>;
/** The IC gives up on a delivery that has not gone out. */
export type BroadcastDiscarded = EventOf<'broadcast.discarded', Delivery>;
export type BroadcastPlanChanged = EventOf<
  'broadcast.plan-changed',
  {
    stakeholderChannels: ChannelRef[];
    cadence: CadenceChoice;
    autoSend: boolean;
    template: BroadcastTemplate;
  }
>;

/** The team's cadence per severity; on the settings stream, like other team settings. */
export type BroadcastCadenceChanged = EventOf<'broadcast.cadence-changed', { cadence: Cadence }>;

export type SlackChannelCreated = EventOf<'slack.channel-created', ChannelRef>;
export type SlackRespondersInvited = EventOf<
  'slack.responders-invited',
  ChannelRef & { people: { personId: string; personName: string; slackUserId: string }[] }
>;
export type SlackTopicSet = EventOf<'slack.topic-set', ChannelRef & { topic: string }>;
export type SlackChannelArchived = EventOf<'slack.channel-archived', ChannelRef>;

export type BroadcastEvent =
  | BroadcastQueued
  | BroadcastSent
  | BroadcastFailed
  | BroadcastDuplicateRemoved
  | BroadcastRetried
  | BroadcastDiscarded
  | BroadcastPlanChanged
  | BroadcastCadenceChanged
  | SlackChannelCreated
  | SlackRespondersInvited
  | SlackTopicSet
  | SlackChannelArchived;

export type BroadcastEventType = BroadcastEvent['type'];

/** Broadcast and Slack-channel events are not "news" for the next broadcast: they report, they don't change. */
export function isBroadcastEventType(type: string): type is BroadcastEventType {
  return type.startsWith('broadcast.') || type.startsWith('slack.');
}

/** Where the team's cadence is kept in the settings table. */
export const cadenceSettingKey = 'broadcastCadence';

/** The `event_type` of War Room's message metadata; the outbox finds a broadcast in Slack by it. */
export const broadcastMetadataEventType = 'warroom_broadcast';
