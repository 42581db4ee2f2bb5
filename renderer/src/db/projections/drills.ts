import type { DrillEvent } from '../../domain/drills/events';
import type { ProjectionHandlers } from './types';

/**
 * A drill changes no state table: its run is read from its events by the [incidentId+type] index
 * (domain/drills/run.ts), so it needs no table of its own (and no new schema version).
 */
export const drillProjection: ProjectionHandlers<DrillEvent> = {
  'drill.started': async () => {},
  'drill.acted': async () => {},
  'drill.inject-shown': async () => {},
  'drill.retrospective-saved': async () => {},
};
