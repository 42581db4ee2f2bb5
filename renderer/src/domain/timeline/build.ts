/**
 * The incident's timeline: its events as lines in the order things happened (event time, ties by id,
 * which is the order they were recorded), whatever order they were written down in.
 */
import type { IncidentEvent } from '../log/events';
import type { Person } from '../roster/types';
import type { SlackImportEvent } from '../slack-import/events';
import { knownSlackMessages, type KnownSlackMessage } from '../slack-import/reconcile';
import { turningPointKinds } from './kinds';
import {
  timelineLineOf,
  wholeTimeline,
  type TimelineContext,
  type TimelineFilter,
  type TimelineLine,
} from './line';
import { peopleIndexOf } from './people';

/** Event time, then id: a back-dated fact sits where it happened, and equal times keep their recorded order. */
export function byEventTime(
  a: Pick<IncidentEvent, 'ts' | 'id'>,
  b: Pick<IncidentEvent, 'ts' | 'id'>,
): number {
  return a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The entries starred now: the last star or unstar of each entry, in recorded order, wins. */
export function starredIn(events: readonly IncidentEvent[]): Set<string> {
  const starred = new Set<string>();
  const marks = events
    .filter((e) => e.type === 'log.entry-starred')
    .sort((a, b) => a.recordedAt - b.recordedAt || byEventTime(a, b));
  for (const mark of marks) {
    if (mark.type !== 'log.entry-starred') continue;
    if (mark.payload.starred) starred.add(mark.payload.entryId);
    else starred.delete(mark.payload.entryId);
  }
  return starred;
}

// Slack's fallback text carries &, < and > as entities (see broadcasts/escape.ts); the reader wants the words.
function plainSlackText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** Imported Slack messages as they read now: their edits and deletions applied in the order recorded. */
export function slackMessagesIn(events: readonly IncidentEvent[]): Map<string, KnownSlackMessage> {
  return knownSlackMessages(
    events
      .filter((e): e is SlackImportEvent => e.type.startsWith('slack.message-'))
      .sort((a, b) => a.recordedAt - b.recordedAt || byEventTime(a, b)),
  );
}

/** Each broadcast's message as sent (its fallback text, which holds the whole update), by broadcast id. */
export function sentMessagesOf(queued: Iterable<{ broadcastId: string; text: string }>): Map<string, string> {
  const messages = new Map<string, string>();
  for (const { broadcastId, text } of queued) messages.set(broadcastId, plainSlackText(text));
  return messages;
}

/** `sentMessagesOf` the broadcasts queued among these events. */
export function sentMessagesIn(events: readonly IncidentEvent[]): Map<string, string> {
  const queued: { broadcastId: string; text: string }[] = [];
  for (const event of events) if (event.type === 'broadcast.queued') queued.push(event.payload);
  return sentMessagesOf(queued);
}

export type TimelineInput = {
  /** The incident's events, in any order. */
  events: readonly IncidentEvent[];
  /** The directory, to tell who an author's name is. */
  people: Iterable<Person>;
  describe: (event: IncidentEvent) => string;
  filter?: TimelineFilter;
};

/** What every line of these events needs to know about the others: stars, messages as sent, people. */
export function timelineContextOf(input: Omit<TimelineInput, 'filter'>): TimelineContext {
  return {
    people: peopleIndexOf(input.people),
    starred: starredIn(input.events),
    sentMessages: sentMessagesIn(input.events),
    slackMessages: slackMessagesIn(input.events),
    describe: input.describe,
  };
}

/** The events in event-time order; as read from the [incidentId+ts] index they already are, and are not copied. */
function inEventTime(events: readonly IncidentEvent[]): readonly IncidentEvent[] {
  for (let i = 1; i < events.length; i += 1) {
    const [before, after] = [events[i - 1], events[i]];
    if (before !== undefined && after !== undefined && byEventTime(before, after) > 0)
      return [...events].sort(byEventTime);
  }
  return events;
}

/** The timeline of an incident from its events, filtered as asked. */
export function buildTimeline(input: TimelineInput): TimelineLine[] {
  const context = timelineContextOf(input);
  const filter = input.filter ?? wholeTimeline;
  const lines: TimelineLine[] = [];
  for (const event of inEventTime(input.events)) {
    const line = timelineLineOf(event, context, filter);
    if (line !== null) lines.push(line);
  }
  return lines;
}

/** The lines a postmortem's timeline keeps: starred ones and the incident's own turning points. */
export function timelineHighlights(lines: readonly TimelineLine[]): TimelineLine[] {
  return lines.filter((line) => line.starred || turningPointKinds.includes(line.kind));
}
