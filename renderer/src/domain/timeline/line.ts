/**
 * One line of the timeline, built from one event: when it happened (and when it was written down, if
 * later), what kind of line it is, its words, who it is about, whether it is starred, and for a
 * stakeholder update the message as Slack received it and its link.
 */
import type { IncidentEvent } from '../log/events';
import { backdatedReasonOf, recordedLater } from '../log/recorded-time';
import { slackMessageKey, type KnownSlackMessage } from '../slack-import/reconcile';
import { timelineKindOf, type TimelineKind } from './kinds';
import { peopleOf, type PeopleIndex } from './people';

export type TimelineLine = {
  /** The event's id. */
  id: string;
  /** When it happened. */
  ts: number;
  /** When it was written down, when that was a minute or more later; null when recorded as it happened. */
  recordedAt: number | null;
  backdatedReason: string | null;
  kind: TimelineKind;
  text: string;
  /** Who said or did it: a log entry's author, else whoever recorded it. */
  by: string;
  starred: boolean;
  /** Person ids, each once. */
  people: readonly string[];
  /** Where Slack shows it (a stakeholder update's permalink), or null. */
  link: string | null;
  /** A stakeholder update's message as Slack received it, or null. */
  message: string | null;
  /** An imported Slack message edited or deleted in Slack since: its line says so. */
  changedInSlack: 'edited' | 'deleted' | null;
};

/** What the lines need besides their own event, read once for the whole timeline. */
export type TimelineContext = {
  people: PeopleIndex;
  starred: ReadonlySet<string>;
  /** Each broadcast's message as sent, by broadcast id. */
  sentMessages: ReadonlyMap<string, string>;
  /** Imported Slack messages as they read now, after edits and deletions (see slack-import/reconcile.ts). */
  slackMessages: ReadonlyMap<string, KnownSlackMessage>;
  /** The line's words in the reader's language: injected, so the domain stays free of i18n. */
  describe: (event: IncidentEvent) => string;
};

/** Which lines to keep: `kinds` empty keeps every kind, `personId` null keeps everyone's. */
export type TimelineFilter = {
  starredOnly: boolean;
  kinds: readonly TimelineKind[];
  personId: string | null;
};

export const wholeTimeline: TimelineFilter = { starredOnly: false, kinds: [], personId: null };

function byOf(event: IncidentEvent): string {
  if (event.type === 'log.entry-added') return event.payload.author;
  return event.type === 'slack.message-imported' ? event.payload.authorName : event.actor;
}

function linkOf(event: IncidentEvent): string | null {
  const link =
    event.type === 'broadcast.sent' || event.type === 'slack.message-imported' ? event.payload.permalink : '';
  return link === '' ? null : link;
}

/** A Slack message reads as it is now (its last edit), said in words by the same describe as any line. */
function wordsOf(
  event: IncidentEvent,
  context: TimelineContext,
): { text: string; changedInSlack: TimelineLine['changedInSlack'] } {
  if (event.type !== 'slack.message-imported') return { text: context.describe(event), changedInSlack: null };
  const now = context.slackMessages.get(slackMessageKey(event.payload.channelId, event.payload.slackTs));
  if (now === undefined) return { text: context.describe(event), changedInSlack: null };
  return {
    text: context.describe({ ...event, payload: { ...event.payload, text: now.text } }),
    changedInSlack: now.deleted ? 'deleted' : now.edited ? 'edited' : null,
  };
}

function messageOf(event: IncidentEvent, sent: ReadonlyMap<string, string>): string | null {
  return event.type === 'broadcast.sent' ? (sent.get(event.payload.broadcastId) ?? null) : null;
}

/** What the filters read of a line, without its words. */
export type TimelineFacts = { kind: TimelineKind; starred: boolean; people: string[] };

/**
 * The kind, star and people of the event's line, or null when it is no line of the timeline or the
 * filter leaves it out: cheap, so a long log is filtered before any line is put into words.
 */
export function timelineFactsOf(
  event: IncidentEvent,
  context: Pick<TimelineContext, 'people' | 'starred'>,
  filter: TimelineFilter = wholeTimeline,
): TimelineFacts | null {
  const kind = timelineKindOf(event);
  if (kind === null) return null;
  if (filter.kinds.length > 0 && !filter.kinds.includes(kind)) return null;
  const starred = context.starred.has(event.id);
  if (filter.starredOnly && !starred) return null;
  const people = peopleOf(event, context.people);
  if (filter.personId !== null && !people.includes(filter.personId)) return null;
  return { kind, starred, people };
}

/** The event's line, or null when it is no line of the timeline or the filter leaves it out. */
export function timelineLineOf(
  event: IncidentEvent,
  context: TimelineContext,
  filter: TimelineFilter = wholeTimeline,
): TimelineLine | null {
  const facts = timelineFactsOf(event, context, filter);
  if (facts === null) return null;
  const { text, changedInSlack } = wordsOf(event, context);
  return {
    id: event.id,
    ts: event.ts,
    recordedAt: recordedLater(event) ? event.recordedAt : null,
    backdatedReason: backdatedReasonOf(event),
    kind: facts.kind,
    text,
    by: byOf(event),
    starred: facts.starred,
    people: facts.people,
    changedInSlack,
    link: linkOf(event),
    message: messageOf(event, context.sentMessages),
  };
}
