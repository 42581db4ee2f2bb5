/**
 * The one projector: applies a log event to the state tables. It is the only code that writes
 * them, so the log is complete by construction and an incident's tables can be rebuilt from its
 * events alone. Each handler is deterministic in (current rows, event); idempotence by event id
 * is the appender's job (it skips events already in the log).
 */
import type { EntityTable } from 'dexie';
import type { Incident } from '../domain/incident/types';
import { logCategoryOf, type IncidentEvent } from '../domain/log/events';
import type { ProjectedTable, WarRoomDatabase } from './schema';

export type ProjectionTables = Pick<WarRoomDatabase, ProjectedTable>;

type Handlers = {
  [T in IncidentEvent['type']]: (
    tables: ProjectionTables,
    event: Extract<IncidentEvent, { type: T }>,
  ) => Promise<void>;
};

async function updateIncident(
  incidents: EntityTable<Incident, 'id'>,
  event: IncidentEvent,
  change: (incident: Incident) => Partial<Incident>,
): Promise<void> {
  const incident = await incidents.get(event.incidentId);
  if (incident === undefined)
    throw new Error(`event ${event.id} refers to unknown incident ${event.incidentId}`);
  await incidents.put({
    ...incident,
    ...change(incident),
    updatedAt: Math.max(incident.updatedAt, event.ts),
  });
}

const handlers: Handlers = {
  'incident.declared': async (tables, event) => {
    const { title, severity, commanderName, summary, isDrill } = event.payload;
    await tables.incidents.put({
      id: event.incidentId,
      title,
      severity,
      status: 'investigating',
      commanderName,
      summary,
      isDrill,
      declaredAt: event.ts,
      resolvedAt: null,
      updatedAt: event.ts,
      logEntryCount: 0,
    });
  },
  'incident.status-changed': (tables, event) =>
    updateIncident(tables.incidents, event, () => ({
      status: event.payload.to,
      resolvedAt: event.payload.to === 'resolved' ? event.ts : null,
    })),
  'incident.severity-changed': (tables, event) =>
    updateIncident(tables.incidents, event, () => ({ severity: event.payload.to })),
  'incident.commander-changed': (tables, event) =>
    updateIncident(tables.incidents, event, () => ({ commanderName: event.payload.to })),
  'log.entry-added': async () => {},
  'log.entry-starred': async (tables, event) => {
    if (event.payload.starred) {
      await tables.stars.put({
        eventId: event.payload.entryId,
        incidentId: event.incidentId,
        starredAt: event.ts,
      });
    } else {
      await tables.stars.delete(event.payload.entryId);
    }
  },
};

/** Applies one event to the state tables; call it only inside the appender's transaction. */
export async function applyEvent(tables: ProjectionTables, event: IncidentEvent): Promise<void> {
  const handler = handlers[event.type] as (tables: ProjectionTables, event: IncidentEvent) => Promise<void>;
  await handler(tables, event);
  if (logCategoryOf(event) !== null) {
    await updateIncident(tables.incidents, event, (incident) => ({
      logEntryCount: incident.logEntryCount + 1,
    }));
  }
}
