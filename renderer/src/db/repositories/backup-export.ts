/**
 * Backups out of the database: the whole log (and undelivered outbox rows), or one incident with the
 * people it names and the runbooks it applied, read in one transaction and written as one file.
 */
import type { BackupScope } from '../../domain/backup/parse';
import { backupFormat, backupFormatVersion } from '../../domain/backup/format';
import {
  appliedRunbooks,
  directoryEventsFor,
  mentionedPeople,
  runbookEventsFor,
} from '../../domain/backup/incident-export';
import { byEventTime } from '../../domain/backup/references';
import { serializeBackup } from '../../domain/backup/serialize';
import type { Delivery } from '../../domain/broadcasts/outbox';
import { DomainError } from '../../domain/errors';
import type { IncidentEvent } from '../../domain/log/events';
import { directoryStream } from '../../domain/roster/types';
import { runbookStream } from '../../domain/runbooks/types';
import type { WarRoomDatabase } from '../schema';

/** Rows read or written per step: small enough to report progress often, large enough to be quick. */
export const chunkSize = 5_000;

export type Progress = (done: number, total: number) => void;

export type ExportScope = { kind: 'all' } | { kind: 'incident'; incidentId: string };

/** Deliveries another desktop could still finish; a sent one is done wherever it is read. */
const undelivered = (row: Delivery) => row.state !== 'sent';

export async function readStream(db: WarRoomDatabase, stream: string): Promise<IncidentEvent[]> {
  return db.events.where('incidentId').equals(stream).toArray();
}

/** Every event, in primary-key chunks (a cursor per chunk), reporting as it goes. */
async function readAllEvents(db: WarRoomDatabase, onProgress?: Progress): Promise<IncidentEvent[]> {
  const total = await db.events.count();
  const events: IncidentEvent[] = [];
  let last: string | null = null;
  for (;;) {
    const chunk: IncidentEvent[] = await (last === null
      ? db.events.orderBy(':id').limit(chunkSize).toArray()
      : db.events.where(':id').above(last).limit(chunkSize).toArray());
    if (chunk.length === 0) break;
    events.push(...chunk);
    last = chunk[chunk.length - 1]?.id ?? null;
    onProgress?.(events.length, total);
  }
  return events;
}

/**
 * One incident's events, in one read of its index range (a single getAll). Paging the index with offset()
 * walks every skipped row again, chunk after chunk, and a bulkGet by id asks for each event on its own:
 * on 100k events either costs seconds.
 */
async function readIncidentEvents(
  db: WarRoomDatabase,
  incidentId: string,
  onProgress?: Progress,
): Promise<IncidentEvent[]> {
  const events = await db.events.where('incidentId').equals(incidentId).toArray();
  onProgress?.(events.length, events.length);
  return events;
}

/**
 * The whole database or one incident as a backup file. One read transaction, so the file is one
 * consistent moment of the log even while the cockpit keeps writing.
 */
export async function exportBackup(
  db: WarRoomDatabase,
  scope: ExportScope,
  context: { now: number; appVersion: string; onProgress?: Progress },
): Promise<{ text: string; events: number }> {
  const { events, outbox, fileScope } = await db.transaction(
    'r',
    [db.events, db.outbox, db.incidents],
    async () => {
      if (scope.kind === 'all') {
        const all = await readAllEvents(db, context.onProgress);
        const rows = (await db.outbox.toArray()).filter(undelivered);
        return { events: all, outbox: rows, fileScope: { kind: 'all' } as BackupScope };
      }
      const incident = await db.incidents.get(scope.incidentId);
      if (incident === undefined) throw new DomainError('unknown-incident');
      const own = await readIncidentEvents(db, scope.incidentId, context.onProgress);
      const people = directoryEventsFor(await readStream(db, directoryStream), mentionedPeople(own));
      const runbooks = runbookEventsFor(await readStream(db, runbookStream), appliedRunbooks(own));
      const rows = (await db.outbox.where('state').anyOf('queued', 'sending', 'failed').toArray()).filter(
        (row) => row.incidentId === scope.incidentId,
      );
      const incidentScope: BackupScope = { kind: 'incident', incidentId: incident.id, title: incident.title };
      return { events: [...own, ...people, ...runbooks], outbox: rows, fileScope: incidentScope };
    },
  );
  events.sort(byEventTime);
  outbox.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = await serializeBackup({
    format: backupFormat,
    formatVersion: backupFormatVersion,
    appVersion: context.appVersion,
    createdAt: new Date(context.now).toISOString(),
    scope: fileScope,
    events,
    outbox,
  });
  return { text, events: events.length };
}
