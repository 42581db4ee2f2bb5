/** Who can take a task, as the pickers list them, and how a typed name becomes a person. */
import type { LiveRoster } from '../roster/useRoster';
import { db } from '../../db';
import { findPersonByName } from '../../db/repositories/people';
import { DomainError } from '../../domain/errors';

export type OwnerOption = { personId: string; name: string; resting: boolean };
/** A picked responder, a name the IC typed, or nothing yet. */
export type OwnerChoice = OwnerOption | string | null;

/** Everyone on duty now, by name; resting people are listed (and marked) since they come back. */
export function ownerOptions(live: LiveRoster | undefined): OwnerOption[] {
  if (live === undefined) return [];
  return live.roster.onDuty
    .map((entry) => ({
      personId: entry.person.id,
      name: entry.person.name,
      resting: entry.restingSince !== null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The person a choice names; null for none. A typed name is looked up in the directory, so the
 * repository can say exactly why that person cannot take the task (checked out, never checked in).
 */
export async function resolveOwner(choice: OwnerChoice): Promise<string | null> {
  if (choice === null) return null;
  if (typeof choice !== 'string') return choice.personId;
  if (choice.trim() === '') return null;
  const person = await findPersonByName(db, choice);
  if (person === undefined) throw new DomainError('unknown-person');
  return person.id;
}
