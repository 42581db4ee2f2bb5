/**
 * What a one-incident backup carries besides the incident's own events, so it reads the same on a desk
 * that never saw it: the directory events of the people it names, and the library events of the runbooks
 * it applied. Not the team settings: they are the receiving team's policy (fatigue limits, cadence), and
 * handing over an incident must not change how that team judges its own. A whole backup carries them.
 */
import type { IncidentEvent } from '../log/events';
import { peopleNamed } from './references';

export function mentionedPeople(events: readonly IncidentEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    for (const { personId } of peopleNamed(event)) ids.add(personId);
    if (event.type === 'person.details-changed') ids.add(event.payload.person.id);
  }
  return ids;
}

export function appliedRunbooks(events: readonly IncidentEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.type === 'runbook.applied') ids.add(event.payload.runbookId);
    if (event.type === 'task.created' && event.payload.origin !== null)
      ids.add(event.payload.origin.runbookId);
  }
  return ids;
}

/** The directory events about those people (added, updated). */
export function directoryEventsFor(
  directory: readonly IncidentEvent[],
  people: ReadonlySet<string>,
): IncidentEvent[] {
  return directory.filter(
    (event) =>
      (event.type === 'person.added' || event.type === 'person.updated') &&
      people.has(event.payload.person.id),
  );
}

/** The library events of those runbooks (saved, deleted), so the steps read as they were. */
export function runbookEventsFor(
  library: readonly IncidentEvent[],
  runbooks: ReadonlySet<string>,
): IncidentEvent[] {
  return library.filter(
    (event) =>
      (event.type === 'runbook.saved' || event.type === 'runbook.deleted') &&
      runbooks.has(event.payload.runbookId),
  );
}
