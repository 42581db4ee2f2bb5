import { useMemo } from 'react';
import { useDrill } from '../../db/hooks/useDrill';
import { drillNudges, type DrillInjectNudge } from '../../domain/drills/nudges';
import type { Incident } from '../../domain/incident/types';
import { useDismissedDrillNudges } from './dismissedNudges';

const none: DrillInjectNudge[] = [];

/** The open drill's injects as nudges for the players; none for a real incident. */
export function useDrillNudges(incident: Incident): DrillInjectNudge[] {
  const view = useDrill(incident.isDrill ? incident.id : '');
  const dismissed = useDismissedDrillNudges();
  return useMemo(() => {
    if (view?.state == null || view.read.kind !== 'drill') return none;
    return drillNudges(view.state, view.read.shown, dismissed);
  }, [view, dismissed]);
}
