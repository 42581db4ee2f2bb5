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

/** A message as conversations.history answers it, as far as War Room reads it. */
export type SlackHistoryMessage = {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: unknown };
};

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

function carries(message: SlackHistoryMessage, eventType: string, broadcastId: string): boolean {
  const payload = message.metadata?.event_payload;
  return (
    message.metadata?.event_type === eventType &&
    typeof payload === 'object' &&
    payload !== null &&
    'broadcast_id' in payload &&
    payload.broadcast_id === broadcastId
  );
}

/** The ts of the message carrying this broadcast's metadata, if any. */
export function findBroadcast(
  messages: readonly SlackHistoryMessage[],
  eventType: string,
  broadcastId: string,
): string | undefined {
  return messages.find((message) => carries(message, eventType, broadcastId))?.ts;
}

/** The ts of every message carrying this broadcast's metadata, in the order given. */
export function findBroadcasts(
  messages: readonly SlackHistoryMessage[],
  eventType: string,
  broadcastId: string,
): string[] {
  return messages.flatMap((m) => (m.ts !== undefined && carries(m, eventType, broadcastId) ? [m.ts] : []));
}

/** Slack ts values oldest first ("seconds.micros" compared as numbers, never as text). */
export function oldestFirst(tss: readonly string[]): string[] {
  const micros = (ts: string) => {
    const [seconds = '0', fraction = ''] = ts.split('.');
    return BigInt(seconds) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6) || '0');
  };
  return [...tss].sort((a, b) => (micros(a) < micros(b) ? -1 : micros(a) > micros(b) ? 1 : 0));
}
