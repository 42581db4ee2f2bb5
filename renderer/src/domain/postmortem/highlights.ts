/**
 * The timeline's highlights: starred lines and the incident's turning points, with the timeline's own
 * rules (domain/timeline: which lines are stars, which kinds are turning points). Only those events
 * become lines, so a 100k-event log costs a filter, not a whole timeline.
 */
import type { IncidentEvent } from '../log/events';
import { byEventTime, starredIn, timelineKindOf, turningPointKinds } from '../timeline';

/** Starred lines and turning points, in event-time order. */
export function highlightEvents(
  events: readonly IncidentEvent[],
): { event: IncidentEvent; starred: boolean }[] {
  const starred = starredIn(events);
  const turningPoint = (event: IncidentEvent) => {
    const kind = timelineKindOf(event);
    return kind !== null && turningPointKinds.includes(kind);
  };
  return events
    .filter((e) => starred.has(e.id) || turningPoint(e))
    .sort(byEventTime)
    .map((event) => ({ event, starred: starred.has(event.id) }));
}
