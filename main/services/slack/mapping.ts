/** Pure conversions between Slack's shapes and ours, kept apart from the SDK call so they are tested alone. */
import type { ChannelSummary } from './types';

type SlackChannel = {
  id?: string;
  name?: string;
  is_private?: boolean;
  is_archived?: boolean;
  is_member?: boolean;
  num_members?: number;
  topic?: { value?: string };
};

type SlackMessage = { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } };

const MAX_CHANNEL_NAME = 80;

/** A channel as the IC picks it; undefined for entries Slack sent without an id or name. */
export function toChannelSummary(channel: SlackChannel): ChannelSummary | undefined {
  if (!channel.id || !channel.name) return undefined;
  return {
    id: channel.id,
    name: channel.name,
    isPrivate: channel.is_private ?? false,
    isArchived: channel.is_archived ?? false,
    isMember: channel.is_member ?? false,
    topic: channel.topic?.value ?? '',
    ...(channel.num_members !== undefined ? { memberCount: channel.num_members } : {}),
  };
}

/** `name-N`, shortening the name so the result still fits Slack's 80 characters. */
export function nameWithSuffix(name: string, attempt: number): string {
  const suffix = `-${attempt}`;
  return `${name.slice(0, MAX_CHANNEL_NAME - suffix.length)}${suffix}`;
}

/** Epoch milliseconds as a Slack ts ("seconds.micros"). */
export function toSlackTs(epochMs: number): string {
  const ms = Math.max(0, Math.floor(epochMs));
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1000).padStart(6, '0')}`;
}

/** The ts of the message carrying this broadcast's metadata, if any. */
export function findBroadcast(
  messages: SlackMessage[],
  eventType: string,
  broadcastId: string,
): string | undefined {
  const match = messages.find((message) => {
    const payload = message.metadata?.event_payload;
    return (
      message.metadata?.event_type === eventType &&
      typeof payload === 'object' &&
      payload !== null &&
      'broadcast_id' in payload &&
      payload.broadcast_id === broadcastId
    );
  });
  return match?.ts;
}
