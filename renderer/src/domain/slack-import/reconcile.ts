/**
 * How an import of the incident channel changes the log: messages not seen before are added, a different text
 * is an edit, a message Slack no longer has is deleted (kept, marked), and pinned messages or ones with the
 * team's reaction are starred once. Pure: the repository reads what is known and writes what this decides.
 */
import type { SlackChannelMessage } from '../../../../preload/contract/slack';
import type { SlackImportEvent } from './events';

/** What the log holds about one imported message now, after its edits and deletion. */
export type KnownSlackMessage = {
  entryId: string;
  channelId: string;
  slackTs: string;
  text: string;
  edited: boolean;
  deleted: boolean;
};

/** The current state of every imported message, by channel and ts, from the import events in log order. */
export function knownSlackMessages(events: readonly SlackImportEvent[]): Map<string, KnownSlackMessage> {
  const known = new Map<string, KnownSlackMessage>();
  for (const event of events) {
    const key = slackMessageKey(event.payload.channelId, event.payload.slackTs);
    if (event.type === 'slack.message-imported') {
      const { channelId, slackTs, text } = event.payload;
      if (!known.has(key))
        known.set(key, { entryId: event.id, channelId, slackTs, text, edited: false, deleted: false });
      continue;
    }
    const message = known.get(key);
    if (message === undefined) continue;
    if (event.type === 'slack.message-edited')
      known.set(key, { ...message, text: event.payload.text, edited: true });
    else known.set(key, { ...message, deleted: true });
  }
  return known;
}

export function slackMessageKey(channelId: string, slackTs: string): string {
  return `${channelId}\u0000${slackTs}`;
}

/** A Slack ts ("seconds.micros") as epoch milliseconds, the log's event time. */
export function slackTsToMs(ts: string): number {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return Number(seconds) * 1000 + Math.floor(Number(fraction.padEnd(6, '0').slice(0, 6)) / 1000);
}

export type SlackImportInput = {
  channelId: string;
  /** What Slack answered now, oldest first. */
  fetched: readonly SlackChannelMessage[];
  /** False when Slack's answer stopped short: then no message is called deleted for being absent. */
  complete: boolean;
  known: ReadonlyMap<string, KnownSlackMessage>;
  /** Log entries that were ever starred or unstarred: an import never stars one of those again. */
  starHistory: ReadonlySet<string>;
  starReaction: string;
  /** Messages carrying this metadata type are War Room's own broadcasts, already in the log. */
  ownMetadataEventType: string;
};

export type SlackImportPlan = {
  added: SlackChannelMessage[];
  edited: { slackTs: string; text: string }[];
  deleted: string[];
  /** Added messages to star (by ts) and already imported entries to star (by entry id). */
  starAdded: string[];
  starEntries: string[];
};

function marked(message: SlackChannelMessage, starReaction: string): boolean {
  return message.pinned || message.reactions.includes(starReaction);
}

/** What this import adds, edits, deletes and stars. */
export function planSlackImport(input: SlackImportInput): SlackImportPlan {
  const { channelId, known, starReaction } = input;
  const plan: SlackImportPlan = { added: [], edited: [], deleted: [], starAdded: [], starEntries: [] };
  const seen = new Set<string>();
  for (const message of input.fetched) {
    if (message.metadataEventType === input.ownMetadataEventType) continue;
    const key = slackMessageKey(channelId, message.ts);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = known.get(key);
    if (before === undefined) {
      plan.added.push(message);
      if (marked(message, starReaction)) plan.starAdded.push(message.ts);
      continue;
    }
    if (before.deleted) continue;
    if (before.text !== message.text) plan.edited.push({ slackTs: message.ts, text: message.text });
    if (marked(message, starReaction) && !input.starHistory.has(before.entryId))
      plan.starEntries.push(before.entryId);
  }
  if (input.complete) {
    for (const [key, message] of known) {
      if (message.channelId === channelId && !message.deleted && !seen.has(key))
        plan.deleted.push(message.slackTs);
    }
  }
  return plan;
}
