import { useMemo } from 'react';
import { useNow } from '../../app/clock';
import { useRosterInput } from '../../db/hooks/useRoster';
import { defaultFatigueThresholds, type FatigueThresholds } from '../../domain/fatigue/thresholds';
import { buildRoster, type Roster, type RosterInput } from '../../domain/roster/roster';

export type LiveRoster = { input: RosterInput; roster: Roster; now: number; thresholds: FatigueThresholds };

/**
 * The roster at this second: stored facts from the log's projection, fatigue derived with `now`.
 * `openTasksByPerson` comes from the task board; until it exists every count is 0.
 */
export function useRoster(
  incidentId: string,
  openTasksByPerson?: ReadonlyMap<string, number>,
  thresholds: FatigueThresholds = defaultFatigueThresholds,
): LiveRoster | undefined {
  const stored = useRosterInput(incidentId);
  const now = useNow();
  return useMemo(() => {
    if (stored === undefined) return undefined;
    const input = openTasksByPerson === undefined ? stored : { ...stored, openTasksByPerson };
    return { input, roster: buildRoster(input, now, thresholds), now, thresholds };
  }, [stored, openTasksByPerson, now, thresholds]);
}
