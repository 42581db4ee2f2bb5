/** What broadcasts read before they write: the incident's state as stakeholders last heard it and as it is now. */
import Dexie from 'dexie';
import type { BroadcastSnapshot } from '../../domain/broadcasts/cadence';
import { isBroadcastEventType } from '../../domain/broadcasts/events';
import type { IncidentFacts, LogFact } from '../../domain/broadcasts/prefill';
import type { BroadcastRecord } from '../../domain/broadcasts/record';
import type { Incident } from '../../domain/incident/types';
import { logCategoryOf, type IncidentEvent } from '../../domain/log/events';
import { openStatuses } from '../../domain/tasks/types';
import type { WarRoomDatabase } from '../schema';

/** How many facts and decisions the prefill may quote. */
const factsToRead = 40;

function newestFirst(db: WarRoomDatabase, incidentId: string) {
  return db.events
    .where('[incidentId+ts]')
    .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
    .reverse();
}

/** The newest log line that is news: broadcasts and channel bookkeeping report, they do not change anything. */
export async function latestNewsEventId(db: WarRoomDatabase, incidentId: string): Promise<string | null> {
  const latest = await newestFirst(db, incidentId)
    .filter((e) => logCategoryOf(e) !== null && !isBroadcastEventType(e.type))
    .first();
  return latest?.id ?? null;
}

export async function openTasksOf(db: WarRoomDatabase, incidentId: string) {
  return db.tasks
    .where('[incidentId+status]')
    .anyOf(openStatuses.map((status) => [incidentId, status]))
    .toArray();
}

/** What stakeholders will have heard once this broadcast is out: stored with it, compared with the next. */
export async function readSnapshot(db: WarRoomDatabase, incident: Incident): Promise<BroadcastSnapshot> {
  const [openTasks, latestLogEventId] = await Promise.all([
    openTasksOf(db, incident.id),
    latestNewsEventId(db, incident.id),
  ]);
  return {
    status: incident.status,
    severity: incident.severity,
    commanderName: incident.commanderName,
    openTaskCount: openTasks.length,
    latestLogEventId,
  };
}

function isFactOrDecision(
  event: IncidentEvent,
): event is Extract<IncidentEvent, { type: 'log.entry-added' }> {
  return (
    event.type === 'log.entry-added' && (event.payload.kind === 'fact' || event.payload.kind === 'decision')
  );
}

/** The incident's facts the composer pre-fills from: open tasks, latest facts and decisions, who is on it. */
export async function readIncidentFacts(
  db: WarRoomDatabase,
  incident: Incident,
  now: number,
  timeZone: string,
): Promise<IncidentFacts> {
  const [openTasks, entries, checkedIn] = await Promise.all([
    openTasksOf(db, incident.id),
    newestFirst(db, incident.id).filter(isFactOrDecision).limit(factsToRead).toArray(),
    db.checkIns
      .where('incidentId')
      .equals(incident.id)
      .filter((c) => c.checkedOutAt === null)
      .count(),
  ]);
  const log: LogFact[] = entries.filter(isFactOrDecision).map((e) => ({
    kind: e.payload.kind,
    text: e.payload.text,
    ts: e.ts,
  }));
  return {
    status: incident.status,
    commanderName: incident.commanderName,
    declaredAt: incident.declaredAt,
    now,
    openTasks: openTasks.map((task) => ({ title: task.title, ownerName: task.ownerName })),
    log,
    checkedInCount: checkedIn,
    timeZone,
  };
}

/** The incident's broadcasts, newest first. */
export async function broadcastsOf(
  db: WarRoomDatabase,
  incidentId: string,
  limit = 50,
): Promise<BroadcastRecord[]> {
  return db.broadcasts
    .where('[incidentId+createdAt]')
    .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The newest broadcast that was not discarded on every channel: what the cadence and "nothing changed" count from. */
export async function lastBroadcast(
  db: WarRoomDatabase,
  incidentId: string,
): Promise<BroadcastRecord | null> {
  const recent = await broadcastsOf(db, incidentId, 20);
  return recent.find((b) => Object.values(b.deliveries).some((d) => d.outcome !== 'discarded')) ?? null;
}
