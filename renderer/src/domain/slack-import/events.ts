/**
 * The incident channel's conversation in the log: each Slack message imported once (by channel and ts), at the
 * time it was written in Slack, then its later edits and its deletion as Slack reported them at an import.
 */
import { DomainError } from '../errors';
import type { EventOf } from '../log/event-of';

/** A message of the incident's Slack channel; `ts` of the event is when it was written in Slack. */
export type SlackMessageImported = EventOf<
  'slack.message-imported',
  {
    channelId: string;
    slackTs: string;
    /** The parent's ts, for a reply in a thread; null for a message in the channel itself. */
    threadTs: string | null;
    slackUserId: string | null;
    /** The directory person with that Slack ID when imported; null when nobody has it. */
    personId: string | null;
    authorName: string;
    /** Slack's mrkdwn text as Slack answered it (entities and all): decoded only to be shown, as text. */
    text: string;
    permalink: string;
  }
>;

/** Slack showed a different text for an imported message: the log shows this one, marked edited. */
export type SlackMessageEdited = EventOf<
  'slack.message-edited',
  { channelId: string; slackTs: string; text: string }
>;

/** An imported message is no longer in Slack: the log keeps it, marked deleted. */
export type SlackMessageDeleted = EventOf<'slack.message-deleted', { channelId: string; slackTs: string }>;

export type SlackImportEvent = SlackMessageImported | SlackMessageEdited | SlackMessageDeleted;

/** Where the team's choice of "star this" reaction is kept in the settings table. */
export const starReactionSettingKey = 'slackStarReaction';

/** The reaction that stars a message unless the team chose another: Slack's :pushpin:. */
export const defaultStarReaction = 'pushpin';

/**
 * A reaction name as the team types it (`:pushpin:`, ` Pushpin `) in Slack's own form (`pushpin`); refused
 * when it cannot be an emoji name.
 */
export function checkStarReaction(raw: string): string {
  const name = raw.trim().replace(/^:/, '').replace(/:$/, '').toLowerCase();
  if (!/^[a-z0-9_+'-]{1,100}$/.test(name)) throw new DomainError('bad-star-reaction', { value: raw.trim() });
  return name;
}
