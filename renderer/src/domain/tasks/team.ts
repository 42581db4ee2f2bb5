/** Who can own tasks on an incident, read from the roster's facts. */
import type { RosterInput } from '../roster/roster';
import type { TeamMember } from './nudges';

/**
 * Everyone who has been on the incident, as the task rules see them: at work, resting (since when)
 * or checked out (since when). Someone checked in twice counts by their latest stay.
 */
export function taskTeam(
  input: Pick<RosterInput, 'incidentId' | 'people' | 'checkIns' | 'rests' | 'tenures'>,
): TeamMember[] {
  const latest = new Map<string, RosterInput['checkIns'][number]>();
  for (const checkIn of input.checkIns) {
    if (checkIn.incidentId !== input.incidentId) continue;
    const seen = latest.get(checkIn.personId);
    const isOpenStay = checkIn.checkedOutAt === null;
    if (
      seen === undefined ||
      isOpenStay ||
      (seen.checkedOutAt !== null && checkIn.checkedInAt > seen.checkedInAt)
    ) {
      latest.set(checkIn.personId, checkIn);
    }
  }
  const commanders = new Set(
    input.tenures
      .filter((t) => t.role === 'incident-commander' && t.renouncedAt === null)
      .map((t) => t.personId),
  );
  // One pass over the rests, not one per person: the cockpit recomputes this every second.
  const openRests = new Map<string, number>();
  for (const r of input.rests) if (r.endedAt === null) openRests.set(r.checkInId, r.startedAt);
  return [...latest.values()].flatMap((checkIn): TeamMember[] => {
    const person = input.people.get(checkIn.personId);
    if (person === undefined) return [];
    const base = { personId: person.id, name: person.name, isCommander: commanders.has(person.id) };
    if (checkIn.checkedOutAt !== null)
      return [{ ...base, standing: 'checked-out', since: checkIn.checkedOutAt }];
    const restingSince = openRests.get(checkIn.id);
    return [
      restingSince === undefined
        ? { ...base, standing: 'on-duty', since: checkIn.checkedInAt }
        : { ...base, standing: 'resting', since: restingSince },
    ];
  });
}
