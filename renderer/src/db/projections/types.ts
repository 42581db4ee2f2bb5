import type { IncidentEvent } from '../../domain/log/events';
import type { ProjectedTable, WarRoomDatabase } from '../schema';

export type ProjectionTables = Pick<WarRoomDatabase, ProjectedTable>;

/** One feature's share of the projector: a handler for each of its event types, and nothing else. */
export type ProjectionHandlers<E extends IncidentEvent> = {
  [T in E['type']]: (tables: ProjectionTables, event: Extract<E, { type: T }>) => Promise<void>;
};
