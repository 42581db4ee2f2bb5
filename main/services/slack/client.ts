/**
 * The thin wrapper over @slack/web-api's WebClient: the only file that calls the SDK. It answers in our own
 * types and throws only SlackServiceError. The SDK never retries here: the outbox owns retries, because the
 * SDK's own retry posts twice when a response is lost.
 */
import { WebClient } from '@slack/web-api';
import { SlackServiceError, mapSlackError, type CallKind } from './errors';
import { describeSlackFailure } from './messages';
import { CONVERSATION_PAGE_SIZE, readChannelConversation, type ConversationPages } from './conversation';
import { sdkLogger } from './sdk-logger';
import { grantedScopes } from './scopes';
import {
  type ChannelConversation,
  type ChannelPage,
  type ChannelSummary,
  type OutgoingMessage,
  type PostedMessage,
  type VerifiedToken,
} from './types';
import {
  findBroadcast,
  findBroadcasts,
  nameWithSuffix,
  oldestFirst,
  toChannelSummary,
  toSlackTs,
  type SlackHistoryMessage,
} from './mapping';

export type SlackClientOptions = {
  token: string;
  /** Slack's Web API base; a loopback server in tests, or an Enterprise Grid address. */
  slackApiUrl?: string;
  /** A call unanswered after this long fails (as `ambiguous` for a post). */
  timeoutMs?: number;
};

export type ListChannelsOptions = {
  cursor?: string;
  query?: string;
  limit?: number;
  includePrivate?: boolean;
};

export type SlackClient = ReturnType<typeof createSlackClient>;

const DEFAULT_TIMEOUT_MS = 15_000;
/** How many other names to try when an incident channel's name is taken (-2 … -10). */
const MAX_NAME_ATTEMPTS = 10;
/** Pages read when searching channels by name, and when looking for a broadcast in history. */
const MAX_LIST_PAGES = 10;
const MAX_HISTORY_PAGES = 5;
const HISTORY_PAGE_SIZE = 200;

/** A Slack client for one token; every function throws SlackServiceError with our codes. */
export function createSlackClient({ token, slackApiUrl, timeoutMs }: SlackClientOptions) {
  const web = new WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    allowAbsoluteUrls: false,
    rejectRateLimitedCalls: true,
    timeout: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: sdkLogger,
  });

  async function call<T>(kind: CallKind, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new SlackServiceError(mapSlackError(error, kind));
    }
  }

  /** Runs a write whose given Slack errors mean "already done", so repeating it is harmless. */
  async function idempotentWrite(run: () => Promise<unknown>, alreadyDone: string): Promise<void> {
    try {
      await call('write', run);
    } catch (error) {
      if (!(error instanceof SlackServiceError && error.failure.slackError === alreadyDone)) throw error;
    }
  }

  /** The channel's history since `oldestMs`, a page at a time (newest first, as Slack answers). */
  async function* history(channel: string, oldestMs: number): AsyncGenerator<SlackHistoryMessage[]> {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_HISTORY_PAGES; page += 1) {
      const result = await call('read', () =>
        web.conversations.history({
          channel,
          oldest: toSlackTs(oldestMs),
          include_all_metadata: true,
          limit: HISTORY_PAGE_SIZE,
          ...(cursor ? { cursor } : {}),
        }),
      );
      yield result.messages ?? [];
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!result.has_more || !cursor) return;
    }
  }

  return {
    /** Checks a pasted token: which workspace and bot it is, and which permissions it lacks. */
    async verifyToken(): Promise<VerifiedToken> {
      const result = await call('read', () => web.auth.test());
      return {
        teamName: result.team ?? '',
        teamId: result.team_id ?? '',
        botName: result.user ?? '',
        botUserId: result.user_id ?? '',
        url: result.url ?? '',
        ...grantedScopes(result.response_metadata?.scopes),
      };
    },

    /** Open channels, optionally filtered by a name fragment (reads more pages until `limit` match). */
    async listChannels({
      cursor,
      query,
      limit = 100,
      includePrivate = false,
    }: ListChannelsOptions = {}): Promise<ChannelPage> {
      const needle = query?.trim().toLowerCase().replace(/^#/, '') || undefined;
      const channels: ChannelSummary[] = [];
      let next = cursor;
      for (let page = 0; page < MAX_LIST_PAGES; page += 1) {
        const result = await call('read', () =>
          web.conversations.list({
            types: includePrivate ? 'public_channel,private_channel' : 'public_channel',
            exclude_archived: true,
            limit: needle ? 200 : limit,
            ...(next ? { cursor: next } : {}),
          }),
        );
        for (const channel of result.channels ?? []) {
          const summary = toChannelSummary(channel);
          if (summary && (!needle || summary.name.includes(needle))) channels.push(summary);
        }
        next = result.response_metadata?.next_cursor || undefined;
        if (!needle || channels.length >= limit || !next) break;
      }
      return next ? { channels, nextCursor: next } : { channels };
    },

    /** Creates a channel; when the name is taken, tries name-2, name-3 … so an incident always gets one. */
    async createChannel(name: string, isPrivate = false): Promise<{ id: string; name: string }> {
      for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt += 1) {
        const candidate = attempt === 1 ? name : nameWithSuffix(name, attempt);
        try {
          const result = await call('write', () =>
            web.conversations.create({ name: candidate, is_private: isPrivate }),
          );
          return { id: result.channel?.id ?? '', name: result.channel?.name ?? candidate };
        } catch (error) {
          if (!(error instanceof SlackServiceError && error.failure.slackError === 'name_taken')) throw error;
        }
      }
      const message = `${describeSlackFailure('payload', 'name_taken')} (${name} to ${nameWithSuffix(name, MAX_NAME_ATTEMPTS)} are all taken.)`;
      throw new SlackServiceError({ code: 'payload', permanent: true, message, slackError: 'name_taken' });
    },

    /** Invites people; those already in the channel are not an error. */
    async inviteToChannel(channel: string, userIds: string[]): Promise<void> {
      if (userIds.length === 0) return;
      await idempotentWrite(
        () => web.conversations.invite({ channel, users: userIds.join(',') }),
        'already_in_channel',
      );
    },

    async setTopic(channel: string, topic: string): Promise<void> {
      await call('write', () => web.conversations.setTopic({ channel, topic }));
    },

    /** Archives the war-room channel once everything is done; archiving twice is not an error. */
    async archiveChannel(channel: string): Promise<void> {
      await idempotentWrite(() => web.conversations.archive({ channel }), 'already_archived');
    },

    /** Posts a broadcast exactly once per call: no retry here, the outbox decides. */
    async postMessage({ channel, text, blocks, metadata }: OutgoingMessage): Promise<PostedMessage> {
      const result = await call('write', () =>
        web.apiCall('chat.postMessage', {
          channel,
          text,
          ...(blocks ? { blocks } : {}),
          ...(metadata ? { metadata } : {}),
        }),
      );
      const ts = 'ts' in result && typeof result.ts === 'string' ? result.ts : '';
      const postedIn = 'channel' in result && typeof result.channel === 'string' ? result.channel : channel;
      return { channel: postedIn, ts };
    },

    /**
     * Looks for a broadcast already in the channel, by its metadata, since `oldestMs` (epoch ms): after an
     * ambiguous failure the outbox asks this before sending again. Bounded to the most recent 1,000 messages.
     */
    async findMessageByMetadata(
      channel: string,
      eventType: string,
      broadcastId: string,
      oldestMs: number,
    ): Promise<PostedMessage | undefined> {
      for await (const messages of history(channel, oldestMs)) {
        const found = findBroadcast(messages, eventType, broadcastId);
        if (found) return { channel, ts: found };
      }
      return undefined;
    },

    /**
     * Every message carrying the broadcast's id since `oldestMs`, oldest first: after a send the outbox checks
     * there is exactly one, and removes any extra copy a slow earlier post left.
     */
    async findBroadcastCopies(
      channel: string,
      eventType: string,
      broadcastId: string,
      oldestMs: number,
    ): Promise<string[]> {
      const copies: string[] = [];
      for await (const messages of history(channel, oldestMs)) {
        copies.push(...findBroadcasts(messages, eventType, broadcastId));
      }
      return oldestFirst(copies);
    },

    /** Removes a message the bot posted; one already gone is not an error (the delete may be repeated). */
    async deleteMessage(channel: string, ts: string): Promise<void> {
      await idempotentWrite(() => web.chat.delete({ channel, ts }), 'message_not_found');
    },

    /**
     * The channel's whole conversation with its threads, for the incident log; links are built from the
     * workspace's address (`workspaceUrl`, as auth.test answered it) rather than asked for one by one.
     */
    async channelConversation(channel: string, workspaceUrl: string): Promise<ChannelConversation> {
      const page = (cursor: string | undefined) => ({
        limit: CONVERSATION_PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      });
      const pages: ConversationPages = {
        history: (cursor) =>
          call('read', () =>
            web.conversations.history({ channel, include_all_metadata: true, ...page(cursor) }),
          ),
        replies: (ts, cursor) =>
          call('read', () => web.conversations.replies({ channel, ts, ...page(cursor) })),
      };
      return readChannelConversation(pages, channel, workspaceUrl);
    },

    /** The link that opens a posted broadcast in Slack. */
    async getPermalink(channel: string, ts: string): Promise<string> {
      const result = await call('read', () => web.chat.getPermalink({ channel, message_ts: ts }));
      return result.permalink ?? '';
    },
  };
}
