import type { BroadcastNudge } from '../../domain/broadcasts/nudges';
import type { Incident } from '../../domain/incident/types';
import { useBroadcastNudges } from './useBroadcastNudges';
import { useBroadcastState } from './useBroadcastState';

/** The cockpit's stakeholder reminders for an incident, for the nudges panel. */
export function useStakeholderNudges(incident: Incident): BroadcastNudge[] {
  return useBroadcastNudges(incident, useBroadcastState(incident));
}
