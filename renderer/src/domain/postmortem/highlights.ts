/**
 * The timeline's highlights: starred lines and the incident's turning points (declared, status,
 * severity, command). A stand-in for domain/timeline's `timelineHighlights` until that lands.
 */
import type { IncidentEvent } from '../log/events';
import { byEventTime } from './facts';

const turningPoints: ReadonlySet<IncidentEvent['type']> = new Set([
  'incident.declared',
  'incident.status-changed',
  'incident.severity-changed',
  'command.handed-over',
]);

/** The entries starred now: the last star or unstar of each, in recorded order, wins. */
export function starredIds(events: readonly IncidentEvent[]): Set<string> {
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

/** Starred lines and turning points, in event-time order. */
export function highlightEvents(
  events: readonly IncidentEvent[],
): { event: IncidentEvent; starred: boolean }[] {
  const starred = starredIds(events);
  return events
    .filter((e) => starred.has(e.id) || turningPoints.has(e.type))
    .sort(byEventTime)
    .map((event) => ({ event, starred: starred.has(event.id) }));
}
