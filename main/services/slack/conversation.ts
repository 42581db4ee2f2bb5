/**
 * Reads an incident channel's whole conversation for its log: the history page by page, then each thread's
 * replies, bounded so a huge channel cannot keep main busy for minutes. No SDK here: client.ts hands in the
 * two page readers, so the paging is tested against the loopback server through the real client.
 */
import { opensThread, toChannelMessage, type SlackConversationMessage } from './conversation-mapping';
import { oldestFirst } from './mapping';
import type { ChannelConversation, ChannelMessage } from './types';

export type ConversationPage = {
  messages?: SlackConversationMessage[];
  has_more?: boolean;
  response_metadata?: { next_cursor?: string };
};

export type ConversationPages = {
  history: (cursor: string | undefined) => Promise<ConversationPage>;
  replies: (threadTs: string, cursor: string | undefined) => Promise<ConversationPage>;
};

/** 50 pages of 200: an incident channel longer than 10,000 messages is read in part and says so. */
export const CONVERSATION_PAGE_SIZE = 200;
const MAX_HISTORY_PAGES = 50;
const MAX_THREADS = 300;
const MAX_REPLY_PAGES = 10;

type Paged = { messages: SlackConversationMessage[]; complete: boolean };

async function readAll(
  read: (cursor: string | undefined) => Promise<ConversationPage>,
  maxPages: number,
): Promise<Paged> {
  const messages: SlackConversationMessage[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    const result = await read(cursor);
    messages.push(...(result.messages ?? []));
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) return { messages, complete: true };
  }
  return { messages, complete: false };
}

/** Every message of the channel and its threads, oldest first, each once. */
export async function readChannelConversation(
  pages: ConversationPages,
  channel: string,
  workspaceUrl: string,
): Promise<ChannelConversation> {
  const history = await readAll(pages.history, MAX_HISTORY_PAGES);
  let complete = history.complete;
  const found = new Map<string, ChannelMessage>();
  const keep = (message: SlackConversationMessage) => {
    const mapped = toChannelMessage(message, channel, workspaceUrl);
    if (mapped !== undefined && !found.has(mapped.ts)) found.set(mapped.ts, mapped);
  };
  history.messages.forEach(keep);
  const threads = history.messages.filter(opensThread).flatMap((m) => (m.ts ? [m.ts] : []));
  if (threads.length > MAX_THREADS) complete = false;
  for (const threadTs of threads.slice(0, MAX_THREADS)) {
    const replies = await readAll((cursor) => pages.replies(threadTs, cursor), MAX_REPLY_PAGES);
    complete &&= replies.complete;
    replies.messages.forEach(keep);
  }
  const byTs = oldestFirst([...found.keys()]);
  return { messages: byTs.flatMap((ts) => found.get(ts) ?? []), complete };
}
