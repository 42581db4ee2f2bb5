import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { IncidentEvent } from '../../domain/log/events';
import type { Person } from '../../domain/roster/types';
import {
  byEventTime,
  peopleIndexOf,
  sentMessagesOf,
  slackMessagesIn,
  timelineFactsOf,
  timelineLineOf,
  type TimelineContext,
  type TimelineFilter,
  type TimelineLine,
} from '../../domain/timeline';
import { db } from '../index';

const slackImportTypes = ['slack.message-imported', 'slack.message-edited', 'slack.message-deleted'] as const;

/** What every line on screen needs to know beyond its event, kept live: stars, updates as sent, people. */
export type TimelineView = Omit<TimelineContext, 'describe'> & {
  /** The people who were on the incident, by name, for the person filter and ICS-214. */
  responders: Person[];
};

async function readTimelineView(incidentId: string): Promise<TimelineView> {
  const [people, starred, broadcasts, checkIns, slack] = await Promise.all([
    db.people.toArray(),
    db.stars.where('incidentId').equals(incidentId).primaryKeys(),
    db.broadcasts.where('incidentId').equals(incidentId).toArray(),
    db.checkIns.where('incidentId').equals(incidentId).toArray(),
    db.events
      .where('[incidentId+type]')
      .anyOf(slackImportTypes.map((type) => [incidentId, type]))
      .toArray(),
  ]);
  const here = new Set(checkIns.map((c) => c.personId));
  return {
    people: peopleIndexOf(people),
    starred: new Set(starred),
    sentMessages: sentMessagesOf(broadcasts.map((b) => ({ broadcastId: b.id, text: b.text }))),
    slackMessages: slackMessagesIn(slack),
    responders: people.filter((p) => here.has(p.id)).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The people who were on the incident and what its lines need, kept live (the ICS-214 dialog's person picker). */
export function useTimelineView(incidentId: string): TimelineView | undefined {
  return useLiveQuery(() => readTimelineView(incidentId), [incidentId]);
}

export type TimelinePage = { view: TimelineView; lines: TimelineLine[]; hasMore: boolean };

/**
 * The first `limit` lines of the timeline that pass the filter, oldest first, with what they were read
 * with. Reads walk the [incidentId+ts] index forwards and stop at the limit, so the first screen of a
 * 100k-event incident costs what a short one does; the list asks for more as the IC scrolls down. One
 * query, so the view draws once when it opens.
 */
export function useTimelinePage(
  incidentId: string,
  filter: TimelineFilter,
  limit: number,
  describe: (event: IncidentEvent) => string,
): TimelinePage | undefined {
  const kindsKey = filter.kinds.join(',');
  return useLiveQuery(async () => {
    const view = await readTimelineView(incidentId);
    const keeps = (e: IncidentEvent) => timelineFactsOf(e, view, filter) !== null;
    let events: IncidentEvent[];
    if (filter.starredOnly) {
      const rows = await db.events.bulkGet([...view.starred]);
      events = rows
        .filter((e): e is IncidentEvent => e !== undefined && keeps(e))
        .sort(byEventTime)
        .slice(0, limit + 1);
    } else {
      events = await db.events
        .where('[incidentId+ts]')
        .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
        .filter(keeps)
        .limit(limit + 1)
        .toArray();
    }
    const context = { ...view, describe };
    const lines = events.slice(0, limit).flatMap((e) => timelineLineOf(e, context, filter) ?? []);
    return { view, lines, hasMore: events.length > limit };
    // The filter's parts are listed one by one so a new object with the same filter does not re-query.
  }, [incidentId, kindsKey, filter.starredOnly, filter.personId, limit, describe]);
}
