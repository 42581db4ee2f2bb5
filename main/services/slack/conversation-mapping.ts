/**
 * Pure conversions from the messages conversations.history and conversations.replies answer to the ones War
 * Room imports into the incident log. Kept apart from the SDK call so they are tested alone.
 */
import type { ChannelMessage } from './types';

/** A message as Slack answers it, as far as the import reads it. */
export type SlackConversationMessage = {
  ts?: string;
  thread_ts?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  username?: string;
  bot_profile?: { name?: string };
  user_profile?: { display_name?: string; real_name?: string };
  text?: string;
  edited?: { ts?: string };
  pinned_to?: string[];
  reactions?: { name?: string }[];
  reply_count?: number;
  metadata?: { event_type?: string };
};

/**
 * What people say, not what the channel does: joins, topic changes, pin notices and the like are left out
 * (War Room logs its own channel changes already).
 */
const conversationSubtypes = new Set(['thread_broadcast', 'bot_message', 'me_message', 'file_share']);
const slackTs = /^\d+\.\d+$/;

function authorNameOf(message: SlackConversationMessage): string | undefined {
  const name =
    message.user_profile?.display_name ||
    message.user_profile?.real_name ||
    message.bot_profile?.name ||
    message.username;
  return name ? name : undefined;
}

/**
 * The link that opens the message in Slack, built from the workspace's address (auth.test's `url`) as Slack
 * builds its own: `/archives/<channel>/p<ts without the dot>`, with the thread for a reply. Empty when the
 * workspace's address is not an https one, so no made-up link is offered.
 */
export function permalinkOf(workspaceUrl: string, channel: string, ts: string, threadTs?: string): string {
  let base: URL;
  try {
    base = new URL(workspaceUrl);
  } catch {
    return '';
  }
  if (base.protocol !== 'https:') return '';
  const link = new URL(`archives/${channel}/p${ts.replace('.', '')}`, base.origin + '/');
  if (threadTs !== undefined) {
    link.searchParams.set('thread_ts', threadTs);
    link.searchParams.set('cid', channel);
  }
  return link.toString();
}

/** The message as the import takes it; undefined for what is not a message someone wrote. */
export function toChannelMessage(
  message: SlackConversationMessage,
  channel: string,
  workspaceUrl: string,
): ChannelMessage | undefined {
  const { ts } = message;
  if (ts === undefined || !slackTs.test(ts)) return undefined;
  if (message.subtype !== undefined && !conversationSubtypes.has(message.subtype)) return undefined;
  const threadTs =
    message.thread_ts !== undefined && message.thread_ts !== ts && slackTs.test(message.thread_ts)
      ? message.thread_ts
      : undefined;
  const authorName = authorNameOf(message);
  const editedTs = message.edited?.ts;
  const eventType = message.metadata?.event_type;
  return {
    ts,
    ...(threadTs === undefined ? {} : { threadTs }),
    ...(message.user ? { user: message.user } : {}),
    ...(message.bot_id ? { botId: message.bot_id } : {}),
    ...(authorName === undefined ? {} : { authorName }),
    text: message.text ?? '',
    ...(editedTs !== undefined && slackTs.test(editedTs) ? { edited: { ts: editedTs } } : {}),
    pinned: (message.pinned_to ?? []).includes(channel),
    reactions: (message.reactions ?? []).flatMap((r) => (r.name ? [r.name] : [])),
    permalink: permalinkOf(workspaceUrl, channel, ts, threadTs),
    ...(eventType ? { metadataEventType: eventType } : {}),
  };
}

/** Whether a history message opens a thread whose replies are to be read. */
export function opensThread(message: SlackConversationMessage): boolean {
  return (message.reply_count ?? 0) > 0 && message.ts !== undefined && message.thread_ts === message.ts;
}
