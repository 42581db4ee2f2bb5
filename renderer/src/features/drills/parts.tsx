/**
 * The drill's parts, each fetched apart from the first paint's scripts: a desk that never runs a drill
 * never loads the scenarios, the script or the clock's arithmetic.
 */
import { dialogLoading, lazyPart } from '../../app/lazyPart';
import type { Incident } from '../../domain/incident/types';

export const StartDrillDialog = lazyPart(() => import('./StartDrillDialog').then((m) => m.StartDrillDialog), {
  fallback: dialogLoading,
});

export const GameMasterView = lazyPart(() => import('./GameMasterView').then((m) => m.GameMasterView), {
  fallback: dialogLoading,
});

/** Renders nothing: writes each inject into the open drill's log as it comes due. */
export const DrillRunner = lazyPart(() => import('./DrillRunner').then((m) => m.DrillRunner), {
  hidden: (p: { incident: Incident }) => !p.incident.isDrill,
});

/** The countdown chip of a drill's incident bar; nothing (and nothing loaded) for a real incident. */
export const DrillCountdown = lazyPart(() => import('./DrillCountdown').then((m) => m.DrillCountdown), {
  hidden: (p: { incident: Incident }) => !p.incident.isDrill,
});
