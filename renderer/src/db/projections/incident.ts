import type { Incident } from '../../domain/incident/types';
import type {
  IncidentDeclared,
  IncidentEvent,
  LogEntryAdded,
  LogEntryStarred,
  SeverityChanged,
  StatusChanged,
} from '../../domain/log/events';
import type { ProjectionHandlers, ProjectionTable } from './types';

/** Applies a change to the incident row, keeping `updatedAt` the time of its latest event. */
export async function updateIncident(
  incidents: ProjectionTable<Incident, string>,
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

type IncidentOwnEvent = IncidentDeclared | StatusChanged | SeverityChanged | LogEntryAdded | LogEntryStarred;

export const incidentProjection: ProjectionHandlers<IncidentOwnEvent> = {
  'incident.declared': async (tables, event) => {
    const { title, severity, commanderId, commanderName, summary, isDrill } = event.payload;
    await tables.incidents.put({
      id: event.incidentId,
      title,
      severity,
      status: 'investigating',
      commanderId,
      commanderName,
      summary,
      isDrill,
      declaredAt: event.ts,
      resolvedAt: null,
      updatedAt: event.ts,
    });
  },
  'incident.status-changed': (tables, event) =>
    updateIncident(tables.incidents, event, () => ({
      status: event.payload.to,
      resolvedAt: event.payload.to === 'resolved' ? event.ts : null,
    })),
  'incident.severity-changed': (tables, event) =>
    updateIncident(tables.incidents, event, () => ({ severity: event.payload.to })),
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
