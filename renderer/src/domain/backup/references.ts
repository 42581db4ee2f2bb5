/**
 * What a backup's events point at: the incident each belongs to and the people they name. Pure; the
 * store answers "is it here?" and the file answers "does it bring it?", so a dangling reference is
 * refused before anything is written instead of becoming a log line about nobody.
 */
import type { IncidentEvent } from '../log/events';
import { pathText, type BackupProblem } from './problems';
import { pseudoStreams } from './streams';

/** Each person an event names, with where in the event (e.g. ['payload', 'to', 'personId']). */
export function peopleNamed(event: IncidentEvent): { personId: string; path: PropertyKey[] }[] {
  const found: { personId: string; path: PropertyKey[] }[] = [];
  // Person records carry their own id (person.added, .updated, .details-changed): that is who they are,
  // not a reference to someone else.
  if (event.type === 'person.added' || event.type === 'person.updated') return found;
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: event.payload, path: ['payload'] }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const { value, path } = node;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'personId' || key === 'commanderId') && typeof inner === 'string') {
        found.push({ personId: inner, path: [...path, key] });
      } else if (key !== 'person') stack.push({ value: inner, path: [...path, key] });
    }
  }
  return found;
}

/** The people a file adds to the directory. */
export function peopleAdded(events: readonly IncidentEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.type === 'person.added' || event.type === 'person.updated') ids.add(event.payload.person.id);
  }
  return ids;
}

/** The incidents a file declares. */
export function incidentsDeclared(events: readonly IncidentEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) if (event.type === 'incident.declared') ids.add(event.incidentId);
  return ids;
}

export type KnownHere = { incidents: ReadonlySet<string>; people: ReadonlySet<string> };

/** The first event whose incident or person is neither in the file nor here, or null. */
export function referenceProblem(events: readonly IncidentEvent[], here: KnownHere): BackupProblem | null {
  const incidents = incidentsDeclared(events);
  const people = peopleAdded(events);
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i];
    if (event === undefined) continue;
    const stream = event.incidentId;
    if (!pseudoStreams.includes(stream) && !incidents.has(stream) && !here.incidents.has(stream)) {
      return { code: 'unknown-incident', where: `events[${i}].incidentId`, detail: stream };
    }
    for (const { personId, path } of peopleNamed(event)) {
      if (!people.has(personId) && !here.people.has(personId)) {
        return { code: 'unknown-person', where: pathText(['events', i, ...path]), detail: personId };
      }
    }
  }
  return null;
}

/** The order the log is read and replayed in: event time, then id (ULIDs sort by recording). */
export function byEventTime(a: IncidentEvent, b: IncidentEvent): number {
  if (a.ts !== b.ts) return a.ts - b.ts;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
