import { useMemo } from 'react';
import { broadcastNudges, type BroadcastNudge } from '../../domain/broadcasts/nudges';
import type { Incident } from '../../domain/incident/types';
import type { BroadcastState } from './useBroadcastState';

/** The cockpit's stakeholder reminders for this incident: due soon, overdue, and owed after a status change. */
export function useBroadcastNudges(incident: Incident, state: BroadcastState | undefined): BroadcastNudge[] {
  return useMemo(
    () =>
      state === undefined
        ? []
        : broadcastNudges({
            incidentId: incident.id,
            due: state.due,
            statusChanged: state.statusChanged,
            neverBroadcast: state.lastBroadcast === null,
            status: incident.status,
            severity: incident.severity,
            changedAt: incident.updatedAt,
            now: state.now,
          }),
    [incident, state],
  );
}
