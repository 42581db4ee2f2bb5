import { zonesDiffer } from '../../domain/time/format';
import { deskTimeZone } from '../roster/localClock';
import type { LiveRoster } from '../roster/useRoster';

/** Whether the log names the zone on its times: someone who was on this incident reads another clock. */
export function logShowsZone(live: LiveRoster | undefined): boolean {
  if (live === undefined) return false;
  const { incidentId, checkIns, people } = live.input;
  const zones = checkIns
    .filter((checkIn) => checkIn.incidentId === incidentId)
    .flatMap((checkIn) => people.get(checkIn.personId)?.timeZone ?? []);
  return zonesDiffer(deskTimeZone(), zones, live.now);
}
