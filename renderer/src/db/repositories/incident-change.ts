/**
 * A status and severity change, now or at the earlier time it happened (with the reason it is
 * recorded late), written together or not at all.
 */
import { DomainError } from '../../domain/errors';
import { checkSeverity, checkStatus } from '../../domain/incident/validate';
import type { Incident, IncidentStatus, Severity } from '../../domain/incident/types';
import type { IncidentEvent } from '../../domain/log/events';
import {
  checkRecordedTime,
  withReason,
  type EarliestTime,
  type RecordedTime,
} from '../../domain/log/recorded-time';
import { appendEvents, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

/** When a status or severity change happened, if not now: a time and the reason it is given late. */
export type ChangeTime = { at?: number; reason?: string };

type ChangeType = 'incident.status-changed' | 'incident.severity-changed';
const refusals = {
  'incident.status-changed': 'before-last-status',
  'incident.severity-changed': 'before-last-severity',
};

/**
 * The earliest a change may be dated: after the declaration and after the last change of the same
 * kind, so the changes read in the order they were made and each one's `from` stays true.
 */
async function earliestChange(
  db: WarRoomDatabase,
  incident: Incident,
  type: ChangeType,
): Promise<EarliestTime> {
  const changes = await db.events.where('[incidentId+type]').equals([incident.id, type]).toArray();
  const last = Math.max(...changes.map((e) => e.ts));
  return last > incident.declaredAt
    ? { ts: last, refusal: refusals[type] }
    : { ts: incident.declaredAt, refusal: 'before-declaration' };
}

async function changeTime(
  db: WarRoomDatabase,
  incident: Incident,
  type: ChangeType,
  when: ChangeTime,
  now: number,
): Promise<RecordedTime> {
  // Only a back-dated change reads the earlier changes: the fast path stays one row read.
  if (when.at === undefined) return { ts: now, backdatedReason: null };
  return checkRecordedTime(when.at, when.reason, now, await earliestChange(db, incident, type));
}

/**
 * Moves the status and/or severity; an unchanged one writes nothing. Resolving has its own path
 * (`resolveIncident`), which settles the open work first.
 */
export async function recordIncidentChange(
  db: WarRoomDatabase,
  incidentId: string,
  change: { status?: string; severity?: string },
  context: RecordContext,
  when: ChangeTime = {},
): Promise<void> {
  const status: IncidentStatus | undefined =
    change.status === undefined ? undefined : checkStatus(change.status);
  const severity: Severity | undefined =
    change.severity === undefined ? undefined : checkSeverity(change.severity);
  if (status === 'resolved') throw new DomainError('resolve-backdated');
  const incident = await db.incidents.get(incidentId);
  if (incident === undefined) throw new DomainError('unknown-incident');
  const events: IncidentEvent[] = [];
  if (status !== undefined && status !== incident.status) {
    const { ts, backdatedReason } = await changeTime(
      db,
      incident,
      'incident.status-changed',
      when,
      context.now,
    );
    const payload = { from: incident.status, to: status, ...withReason(backdatedReason) };
    events.push(newEvent('incident.status-changed', incidentId, payload, { ...context, ts }));
  }
  if (severity !== undefined && severity !== incident.severity) {
    const { ts, backdatedReason } = await changeTime(
      db,
      incident,
      'incident.severity-changed',
      when,
      context.now,
    );
    const payload = { from: incident.severity, to: severity, ...withReason(backdatedReason) };
    events.push(newEvent('incident.severity-changed', incidentId, payload, { ...context, ts }));
  }
  if (events.length > 0) await appendEvents(db, events);
}
