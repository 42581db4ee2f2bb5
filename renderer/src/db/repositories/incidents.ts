/** Writes about an incident itself: declare it, move its status, severity and commander. */
import { DomainError } from '../../domain/errors';
import {
  checkDeclaration,
  checkSeverity,
  checkStatus,
  requiredText,
  type DeclareInput,
} from '../../domain/incident/validate';
import { limits, type Incident } from '../../domain/incident/types';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

async function existing(db: WarRoomDatabase, incidentId: string): Promise<Incident> {
  const incident = await db.incidents.get(incidentId);
  if (incident === undefined) throw new DomainError('unknown-incident');
  return incident;
}

/** Declares an incident; returns its id. */
export async function declareIncident(
  db: WarRoomDatabase,
  input: DeclareInput,
  context: RecordContext,
): Promise<string> {
  const declaration = checkDeclaration(input);
  const incidentId = newId(context.now);
  await appendEvents(db, [newEvent('incident.declared', incidentId, declaration, context)]);
  return incidentId;
}

export async function changeStatus(
  db: WarRoomDatabase,
  incidentId: string,
  status: string,
  context: RecordContext,
): Promise<void> {
  const to = checkStatus(status);
  const incident = await existing(db, incidentId);
  if (incident.status === to) return;
  await appendEvents(db, [
    newEvent('incident.status-changed', incidentId, { from: incident.status, to }, context),
  ]);
}

export async function changeSeverity(
  db: WarRoomDatabase,
  incidentId: string,
  severity: string,
  context: RecordContext,
): Promise<void> {
  const to = checkSeverity(severity);
  const incident = await existing(db, incidentId);
  if (incident.severity === to) return;
  await appendEvents(db, [
    newEvent('incident.severity-changed', incidentId, { from: incident.severity, to }, context),
  ]);
}

export async function changeCommander(
  db: WarRoomDatabase,
  incidentId: string,
  commanderName: string,
  context: RecordContext,
): Promise<void> {
  const to = requiredText(commanderName, 'commander', limits.nameMaxLength);
  const incident = await existing(db, incidentId);
  if (incident.commanderName === to) return;
  await appendEvents(db, [
    newEvent('incident.commander-changed', incidentId, { from: incident.commanderName, to }, context),
  ]);
}
