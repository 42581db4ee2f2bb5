/**
 * Who a line of the timeline is about, by person id, so the IC can follow one responder through the
 * incident (and their ICS-214 lists their activity). Events name people by id where they can; a log
 * entry's author and whoever recorded a change are names, matched to the directory only when the name
 * is one person's.
 */
import type { IncidentEvent } from '../log/events';
import type { Person } from '../roster/types';

/**
 * Directory names that belong to exactly one person (a name two people share identifies neither),
 * looked up as written: a long log repeats the same few authors, so each spelling is folded once.
 */
export type PeopleIndex = { idOf: (name: string) => string | null };

function fold(name: string): string {
  return name.trim().toLocaleLowerCase();
}

export function peopleIndexOf(people: Iterable<Person>): PeopleIndex {
  const byName = new Map<string, string | null>();
  for (const person of people) {
    const key = fold(person.name);
    const known = byName.get(key);
    byName.set(key, known === undefined || known === person.id ? person.id : null);
  }
  const asWritten = new Map<string, string | null>();
  return {
    idOf: (name) => {
      let id = asWritten.get(name);
      if (id === undefined) {
        id = byName.get(fold(name)) ?? null;
        asWritten.set(name, id);
      }
      return id;
    },
  };
}

function named(index: PeopleIndex, name: string | null | undefined): string | null {
  return name === null || name === undefined ? null : index.idOf(name);
}

function subjects(event: IncidentEvent, index: PeopleIndex): (string | null)[] {
  switch (event.type) {
    case 'incident.declared':
      return [event.payload.commanderId, named(index, event.actor)];
    case 'command.handed-over':
      return [event.payload.from.personId, event.payload.to.personId];
    case 'role.assumed':
    case 'role.renounced':
    case 'responder.checked-in':
    case 'responder.checked-out':
    case 'rest.started':
    case 'rest.ended':
    case 'responder.assignment-changed':
      return [event.payload.personId];
    case 'task.assigned':
      return [event.payload.from?.personId ?? null, event.payload.to.personId];
    case 'task.status-changed':
      return [named(index, event.payload.ownerName)];
    case 'slack.message-imported':
      return [event.payload.personId];
    case 'log.entry-added':
      // The author said it; whoever typed it for them (a scribe) did not.
      return [named(index, event.payload.author)];
    default:
      // A change with nobody else in it (status, severity, an update sent) is the act of who made it.
      return [named(index, event.actor)];
  }
}

/** The ids of the people a line is about, each once. */
export function peopleOf(event: IncidentEvent, index: PeopleIndex): string[] {
  const ids: string[] = [];
  for (const id of subjects(event, index)) if (id !== null && !ids.includes(id)) ids.push(id);
  return ids;
}
