import { z } from 'zod';
import { checkSlackToken } from './slack-token';

/** Where War Room talks to Slack unless the user says otherwise (tests, Enterprise Grid). */
export const defaultSlackApiUrl = 'https://slack.com/api/';

/**
 * How long main's Slack client waits for an answer before calling a post ambiguous. The renderer's outbox
 * derives from it how long an unanswered post may still land (its in-flight window).
 */
export const slackRequestTimeoutMs = 10_000;

/**
 * Any channel id Slack may give (letters and digits), taken as conversations.list returned it: Slack's are
 * C…/G… upper case today, but War Room does not refuse Slack's own answer. Typed ids get a closer look in the
 * renderer.
 */
export const slackChannelIdPattern = /^[A-Za-z0-9]{2,64}$/;
const channelId = z.string().regex(slackChannelIdPattern, 'a Slack channel id such as C0123ABCD');

export const workspaceSchema = z.object({
  teamName: z.string(),
  teamId: z.string(),
  botName: z.string(),
  botUserId: z.string(),
  url: z.string(),
  /** Permissions War Room needs that the token lacks, by Slack's name (e.g. channels:manage). */
  missingScopes: z.array(z.string()),
  /** True when Slack answered without naming the token's permissions: then none is known to be missing. */
  scopesUnknown: z.boolean().optional(),
});
export type SlackWorkspace = z.infer<typeof workspaceSchema>;

const channelSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  isPrivate: z.boolean(),
  isArchived: z.boolean(),
  isMember: z.boolean(),
  topic: z.string(),
  memberCount: z.number().optional(),
});
export type SlackChannelSummary = z.infer<typeof channelSummarySchema>;

/** How the saved token is protected: the OS keychain, a 0600 file, or Linux without a keyring. */
export const secretProtections = ['keychain', 'file', 'weak'] as const;

const postedSchema = z.object({ channel: z.string(), ts: z.string() });

/**
 * The channel a team set for drills: the only place a drill's update may reach in Slack (main refuses any
 * other). Null when none is set: then a drill's updates stay in War Room, delivered to the drill.
 */
export const drillChannelSchema = z.object({ id: channelId, name: z.string().min(1).max(80) }).strict();
export type DrillChannel = z.infer<typeof drillChannelSchema>;

/** Every message of a drill starts with this, so nobody reading it in Slack mistakes it for a real incident. */
export const drillMessagePrefix = '[DRILL]';
const slackTs = z.string().regex(/^\d+\.\d+$/);

/** A message of the incident's channel as War Room imports it into the log; Slack's mrkdwn text, unescaped. */
const channelMessageSchema = z.object({
  ts: slackTs,
  /** The parent's ts, for a reply in a thread. */
  threadTs: slackTs.optional(),
  /** Slack user id of the author (a bot's messages carry its bot user). */
  user: z.string().optional(),
  botId: z.string().optional(),
  /** The name Slack sent with the message (profile or bot name), when it sent one. */
  authorName: z.string().optional(),
  text: z.string(),
  edited: z.object({ ts: slackTs }).optional(),
  pinned: z.boolean(),
  /** Emoji names of the reactions on it, without colons (e.g. pushpin). */
  reactions: z.array(z.string()),
  permalink: z.string(),
  /** The `event_type` of its message metadata: War Room's own broadcasts carry one. */
  metadataEventType: z.string().optional(),
});
export type SlackChannelMessage = z.infer<typeof channelMessageSchema>;
const metadataSchema = z.object({
  event_type: z.string().min(1).max(100),
  event_payload: z
    .object({ broadcast_id: z.string().min(1).max(100) })
    .catchall(z.union([z.string().max(500), z.number(), z.boolean()])),
});

export const slackMethods = {
  /**
   * Verifies a pasted bot token with auth.test and keeps it in the main process; the answer names the
   * workspace and bot, never the token. `acceptWeakStorage` is the user's explicit yes to keeping it on a
   * Linux desktop without a keyring.
   */
  'slack:save-token': {
    input: z
      .object({
        token: z
          .string()
          .trim()
          .superRefine((token, context) => {
            const { problem } = checkSlackToken(token);
            if (problem) context.addIssue({ code: 'custom', message: `not a Slack bot token (${problem})` });
          }),
        apiUrl: z.string().trim().max(300).optional(),
        acceptWeakStorage: z.boolean().optional(),
      })
      .strict(),
    output: workspaceSchema.extend({ apiUrl: z.string() }),
  },
  /** Whether a token is saved, for which workspace, and how it is protected. */
  'slack:status': {
    input: z.object({}).strict(),
    output: z.object({
      connected: z.boolean(),
      apiUrl: z.string(),
      workspace: workspaceSchema.nullable(),
      protection: z.enum(secretProtections),
      drillChannel: drillChannelSchema.nullable(),
    }),
  },
  /** Sets (or clears, with null) the channel drills may post to; kept in main, which enforces it. */
  'slack:set-drill-channel': {
    input: z.object({ channel: drillChannelSchema.nullable() }).strict(),
    output: z.object({ drillChannel: drillChannelSchema.nullable() }),
  },
  /** Disconnect: deletes the token and what was learnt about the workspace. */
  'slack:forget-token': {
    input: z.object({}).strict(),
    output: z.object({ forgotten: z.boolean() }),
  },
  'slack:list-channels': {
    input: z
      .object({
        cursor: z.string().max(500).optional(),
        query: z.string().max(80).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
        includePrivate: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ channels: z.array(channelSummarySchema), nextCursor: z.string().optional() }),
  },
  /** Creates the incident's channel; a taken name gets -2, -3 … and the name used is answered. */
  'slack:create-channel': {
    input: z
      .object({
        name: z
          .string()
          .min(1)
          .max(80)
          .regex(/^[a-z0-9_-]+$/),
        isPrivate: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ id: z.string(), name: z.string() }),
  },
  'slack:invite': {
    input: z
      .object({
        channel: channelId,
        userIds: z
          .array(z.string().regex(/^[UW][A-Z0-9]{6,}$/))
          .min(1)
          .max(1000),
      })
      .strict(),
    output: z.object({ invited: z.number() }),
  },
  'slack:set-topic': {
    input: z.object({ channel: channelId, topic: z.string().max(250) }).strict(),
    output: z.object({ topic: z.string() }),
  },
  'slack:archive-channel': {
    input: z.object({ channel: channelId }).strict(),
    output: z.object({ archived: z.boolean() }),
  },
  /**
   * Posts once: no retry in main; the renderer's outbox decides, with the broadcast id in `metadata`. `drill`
   * says the broadcast belongs to a drill: main then posts only to the drill channel, or refuses.
   */
  'slack:post-message': {
    input: z
      .object({
        channel: channelId,
        drill: z.boolean(),
        text: z.string().min(1).max(40_000),
        blocks: z.array(z.record(z.string(), z.unknown())).max(50),
        metadata: metadataSchema,
      })
      .strict(),
    output: postedSchema,
  },
  /** Looks for a broadcast by its metadata since `oldest` (epoch ms), before sending it again. */
  'slack:find-message': {
    input: z
      .object({
        channel: channelId,
        eventType: z.string().min(1).max(100),
        broadcastId: z.string().min(1).max(100),
        oldest: z.number().int().nonnegative(),
      })
      .strict(),
    output: z.object({
      found: postedSchema.nullable(),
      /** The ts of every message carrying the broadcast id, oldest first: more than one is a duplicate. */
      copies: z.array(z.string()),
    }),
  },
  /** Removes an extra copy of a broadcast that War Room itself posted (a slow earlier post that landed late). */
  'slack:delete-message': {
    input: z.object({ channel: channelId, ts: z.string().regex(/^\d+\.\d+$/) }).strict(),
    output: z.object({ deleted: z.boolean() }),
  },
  'slack:get-permalink': {
    input: z.object({ channel: channelId, ts: z.string().regex(/^\d+\.\d+$/) }).strict(),
    output: z.object({ permalink: z.string() }),
  },
  /**
   * The whole conversation of the incident's channel, threads' replies included, oldest first, read page by
   * page in main (conversations.history, then conversations.replies per thread). `complete` is false when the
   * channel is longer than main reads at once: then a message not answered may still be in Slack.
   */
  'slack:channel-history': {
    input: z.object({ channel: channelId }).strict(),
    output: z.object({ messages: z.array(channelMessageSchema), complete: z.boolean() }),
  },
} as const;
