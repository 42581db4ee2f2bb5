import type { Incident } from '../../domain/incident/types';
import { useDrillRunner } from './useDrillRunner';

/** Brings a drill's injects on time while its incident is on screen; renders nothing. */
export function DrillRunner({ incident }: { incident: Incident }) {
  useDrillRunner(incident.id);
  return null;
}
