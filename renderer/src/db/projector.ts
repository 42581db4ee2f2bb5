/**
 * The one projector: applies a log event to the state tables. It is the only code that writes
 * them, so the log is complete by construction and an incident's tables can be rebuilt from its
 * events alone. Each feature contributes the handlers for its own event types (db/projections/);
 * idempotence by event id is the appender's job (it skips events already in the log).
 */
import { logCategoryOf, type IncidentEvent } from '../domain/log/events';
import { broadcastProjection } from './projections/broadcasts';
import { drillProjection } from './projections/drills';
import { incidentProjection } from './projections/incident';
import { postmortemProjection } from './projections/postmortem';
import { roomProjection } from './projections/room';
import { rosterProjection } from './projections/roster';
import { runbookProjection } from './projections/runbooks';
import { settingsProjection } from './projections/settings';
import { slackImportProjection } from './projections/slack-import';
import { taskProjection } from './projections/tasks';
import type { ProjectionHandlers, ProjectionTables } from './projections/types';

export type { ProjectionTables } from './projections/types';

const handlers: ProjectionHandlers<IncidentEvent> = {
  ...incidentProjection,
  ...rosterProjection,
  ...settingsProjection,
  ...taskProjection,
  ...runbookProjection,
  ...broadcastProjection,
  ...slackImportProjection,
  ...postmortemProjection,
  ...drillProjection,
  ...roomProjection,
};

/** Applies one event to the state tables; call it only inside the appender's transaction. */
export async function applyEvent(tables: ProjectionTables, event: IncidentEvent): Promise<void> {
  const handler = handlers[event.type] as (tables: ProjectionTables, event: IncidentEvent) => Promise<void>;
  await handler(tables, event);
  if (logCategoryOf(event) !== null) {
    // The count has its own row: a new log line must not touch the incident's row, which the
    // whole cockpit watches.
    const current = await tables.logCounts.get(event.incidentId);
    await tables.logCounts.put({ incidentId: event.incidentId, count: (current?.count ?? 0) + 1 });
  }
}
