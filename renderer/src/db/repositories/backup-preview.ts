/**
 * What importing a backup file would change here, read before anything is written: the incidents,
 * events and people it holds, new or already here, and whether it points at something missing.
 */
import Dexie from 'dexie';
import type { BackupFile, BackupProblem } from '../../domain/backup/parse';
import { mentionedPeople } from '../../domain/backup/incident-export';
import { peopleAdded, referenceProblem, type KnownHere } from '../../domain/backup/references';
import { DomainError } from '../../domain/errors';
import type { Delivery } from '../../domain/broadcasts/outbox';
import type { IncidentEvent } from '../../domain/log/events';
import { directoryStream } from '../../domain/roster/types';
import { runbookStream } from '../../domain/runbooks/types';
import { settingsStream } from '../../domain/settings/events';
import type { WarRoomDatabase } from '../schema';
import { chunkSize } from './backup-export';

/** A file refused at import for what it points at; the code is `errors.backup-<problem code>`. */
export class BackupRefusal extends DomainError {
  constructor(readonly problem: BackupProblem) {
    super(`backup-${problem.code}`, { where: problem.where, detail: problem.detail ?? '' });
  }
}

export type ImportPreview = {
  /** The incidents the file holds: new here or already here, and how many of their events are new. */
  incidents: { id: string; title: string; isNew: boolean; newEvents: number; knownEvents: number }[];
  people: { new: number; known: number };
  events: { new: number; known: number };
  /** Undelivered broadcasts this desktop would take over. */
  outbox: number;
  /** When this very file (by checksum) was last imported here, or null. */
  importedAt: number | null;
  /** A reference to an incident or a person neither the file nor this desktop has. */
  problem: BackupProblem | null;
};

/** The ids of `ids` already in `table`, asked in chunks. */
export async function alreadyHere(table: Dexie.Table, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let start = 0; start < ids.length; start += chunkSize) {
    const slice = ids.slice(start, start + chunkSize);
    const rows = (await table.bulkGet(slice)) as unknown[];
    rows.forEach((row, i) => {
      const id = slice[i];
      if (row !== undefined && id !== undefined) found.add(id);
    });
  }
  return found;
}

/**
 * The ids of `events` already in the log: keys only, found by one key cursor that jumps from id to id,
 * rather than reading 100k whole events to see which exist.
 */
export async function eventsAlreadyHere(
  db: WarRoomDatabase,
  events: readonly IncidentEvent[],
): Promise<Set<string>> {
  const keys = await db.events
    .where(':id')
    .anyOf(events.map((event) => event.id))
    .primaryKeys();
  return new Set(keys);
}

export async function knownHere(db: WarRoomDatabase, events: readonly IncidentEvent[]): Promise<KnownHere> {
  const streams = [...new Set(events.map((event) => event.incidentId))];
  const people = await alreadyHere(db.people, [...allPersonIds(events)]);
  return { incidents: await alreadyHere(db.incidents, streams), people };
}

function allPersonIds(events: readonly IncidentEvent[]): Set<string> {
  const ids = mentionedPeople(events);
  for (const id of peopleAdded(events)) ids.add(id);
  return ids;
}

/** The latest time this file was imported here, by its checksum. */
async function importedAt(db: WarRoomDatabase, checksum: string): Promise<number | null> {
  const rows = await db.imports.where('checksum').equals(checksum).toArray();
  return rows.length === 0 ? null : Math.max(...rows.map((row) => row.importedAt));
}

/** What importing the file would change here, and whether it points at something missing. Reads only. */
export async function previewImport(db: WarRoomDatabase, file: BackupFile): Promise<ImportPreview> {
  return db.transaction(
    'r',
    [db.events, db.incidents, db.people, db.outbox, db.broadcasts, db.imports],
    async () => {
      const here = await eventsAlreadyHere(db, file.events);
      const known = await knownHere(db, file.events);
      const problem = referenceProblem(file.events, known);

      const perIncident = new Map<string, { title: string; newEvents: number; knownEvents: number }>();
      const titles = new Map<string, string>();
      for (const event of file.events) {
        if (event.type === 'incident.declared') titles.set(event.incidentId, event.payload.title);
      }
      for (const event of file.events) {
        if ([directoryStream, runbookStream, settingsStream].includes(event.incidentId)) continue;
        const entry = perIncident.get(event.incidentId) ?? { title: '', newEvents: 0, knownEvents: 0 };
        if (here.has(event.id)) entry.knownEvents += 1;
        else entry.newEvents += 1;
        perIncident.set(event.incidentId, entry);
      }
      const incidents = [];
      for (const [id, counts] of perIncident) {
        const existing = await db.incidents.get(id);
        const title = existing?.title ?? titles.get(id) ?? id;
        incidents.push({ id, ...counts, title, isNew: existing === undefined });
      }
      const added = [...peopleAdded(file.events)];
      const peopleHere = await alreadyHere(db.people, added);
      const outbox = await outboxToTake(db, file);
      return {
        incidents,
        people: { new: added.length - peopleHere.size, known: peopleHere.size },
        events: { new: file.events.length - here.size, known: here.size },
        outbox: outbox.length,
        importedAt: await importedAt(db, file.checksum),
        problem,
      };
    },
  );
}

/**
 * The file's undelivered broadcasts this desktop takes over: not here yet, and their broadcast is here
 * or arrives with the file (a delivery of a broadcast nobody queued would post to Slack out of nowhere).
 */
export async function outboxToTake(db: WarRoomDatabase, file: BackupFile): Promise<Delivery[]> {
  const queuedInFile = new Set<string>();
  for (const event of file.events) {
    if (event.type === 'broadcast.queued') queuedInFile.add(event.payload.broadcastId);
  }
  const taken: Delivery[] = [];
  for (const row of file.outbox) {
    if ((await db.outbox.get(row.id)) !== undefined) continue;
    if (queuedInFile.has(row.broadcastId) || (await db.broadcasts.get(row.broadcastId)) !== undefined) {
      taken.push(row);
    }
  }
  return taken;
}
