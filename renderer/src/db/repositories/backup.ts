/**
 * Backups in and out of the database. Export reads the log (and undelivered outbox rows) in chunks and
 * writes the file; import adds the events this desktop lacks, all or nothing in one transaction, through
 * the one projector; restore replaces everything with a file's contents. The log is the source of truth,
 * so nothing else is carried: every projected row is rebuilt here from the events.
 */
import Dexie from 'dexie';
import type { BackupFile, BackupProblem, BackupScope } from '../../domain/backup/parse';
import { backupFormat, backupFormatVersion } from '../../domain/backup/format';
import {
  appliedRunbooks,
  directoryEventsFor,
  mentionedPeople,
  runbookEventsFor,
} from '../../domain/backup/incident-export';
import { byEventTime, peopleAdded, referenceProblem, type KnownHere } from '../../domain/backup/references';
import { serializeBackup } from '../../domain/backup/serialize';
import type { Delivery } from '../../domain/broadcasts/outbox';
import { cadenceSettingKey } from '../../domain/broadcasts/events';
import { DomainError } from '../../domain/errors';
import type { IncidentEvent } from '../../domain/log/events';
import { directoryStream } from '../../domain/roster/types';
import { runbookStream } from '../../domain/runbooks/types';
import { settingsStream } from '../../domain/settings/events';
import { newId } from '../append';
import { applyEvent } from '../projector';
import { projectedTables, type ProjectedTable, type WarRoomDatabase } from '../schema';
import { toStorageError } from '../storage-errors';

/** Rows read or written per step: small enough to report progress often, large enough to be quick. */
const chunkSize = 5_000;

type Progress = (done: number, total: number) => void;

export type ExportScope = { kind: 'all' } | { kind: 'incident'; incidentId: string };

/** Deliveries another desktop could still finish; a sent one is done wherever it is read. */
const undelivered = (row: Delivery) => row.state !== 'sent';

async function readStream(db: WarRoomDatabase, stream: string): Promise<IncidentEvent[]> {
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

async function readIncidentEvents(
  db: WarRoomDatabase,
  incidentId: string,
  onProgress?: Progress,
): Promise<IncidentEvent[]> {
  const total = await db.events.where('incidentId').equals(incidentId).count();
  const events: IncidentEvent[] = [];
  for (;;) {
    const chunk = await db.events
      .where('[incidentId+ts]')
      .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
      .offset(events.length)
      .limit(chunkSize)
      .toArray();
    if (chunk.length === 0) break;
    events.push(...chunk);
    onProgress?.(events.length, total);
  }
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
): Promise<{ text: string; events: number; bytes: number }> {
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
  return { text, events: events.length, bytes: new TextEncoder().encode(text).length };
}

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
async function alreadyHere(table: Dexie.Table, ids: readonly string[]): Promise<Set<string>> {
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

async function knownHere(db: WarRoomDatabase, events: readonly IncidentEvent[]): Promise<KnownHere> {
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
      const here = await alreadyHere(
        db.events,
        file.events.map((event) => event.id),
      );
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
async function outboxToTake(db: WarRoomDatabase, file: BackupFile): Promise<Delivery[]> {
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

/**
 * How each projected table's rows belong to a stream, so one incident's rows can be cleared and rebuilt:
 * keyed by the incident's id, indexed by it, or shared (the directory, runbooks, settings), whose rows
 * are found through the events that write them. `satisfies` makes a new projected table fail the
 * typecheck here until someone says how it is rebuilt.
 */
const rowsOfStream = {
  incidents: 'key',
  broadcastPlans: 'key',
  logCounts: 'key',
  stars: 'index',
  checkIns: 'index',
  roleTenures: 'index',
  rests: 'index',
  tasks: 'index',
  broadcasts: 'index',
  people: 'shared',
  runbooks: 'shared',
  settings: 'shared',
} as const satisfies Record<ProjectedTable, 'key' | 'index' | 'shared'>;

/** Clears what a stream's events projected, before they are replayed in event-time order. */
async function clearStream(db: WarRoomDatabase, stream: string, events: readonly IncidentEvent[]) {
  if (stream === directoryStream) {
    const ids = [...peopleAdded(events)];
    await db.people.bulkDelete(ids);
    return;
  }
  if (stream === runbookStream) {
    const ids = events.flatMap((e) =>
      e.type === 'runbook.saved' || e.type === 'runbook.deleted' ? [e.payload.runbookId] : [],
    );
    await db.runbooks.bulkDelete(ids);
    return;
  }
  if (stream === settingsStream) {
    const keys = events.flatMap((e) =>
      e.type === 'settings.changed'
        ? [e.payload.key]
        : e.type === 'broadcast.cadence-changed'
          ? [cadenceSettingKey]
          : [],
    );
    await db.settings.bulkDelete(keys);
    return;
  }
  for (const name of projectedTables) {
    const how = rowsOfStream[name];
    if (how === 'key') await db.table(name).delete(stream);
    else if (how === 'index') await db.table(name).where('incidentId').equals(stream).delete();
  }
}

const writeTables = (db: WarRoomDatabase) => [
  db.events,
  db.outbox,
  db.imports,
  ...projectedTables.map((name) => db[name]),
];

/**
 * Adds the file's events this desktop lacks, in one transaction through the one projector. A stream
 * (an incident, the directory…) whose new events all come after what is here gets them applied in
 * order; one where they interleave (two desktops' logs of the same incident) has its rows cleared and
 * all its events replayed in (ts, id) order, so the merged log reads, and projects, in event time.
 */
export async function importBackup(
  db: WarRoomDatabase,
  file: BackupFile,
  context: { now: number; onProgress?: Progress },
): Promise<{ added: number; alreadyHere: number }> {
  try {
    return await db.transaction('rw', writeTables(db), async () => {
      const problem = referenceProblem(file.events, await knownHere(db, file.events));
      if (problem !== null) throw new BackupRefusal(problem);

      const here = await alreadyHere(
        db.events,
        file.events.map((event) => event.id),
      );
      const fresh = file.events.filter((event) => !here.has(event.id)).sort(byEventTime);
      const total = fresh.length;
      const byStream = new Map<string, IncidentEvent[]>();
      for (const event of fresh) {
        const list = byStream.get(event.incidentId) ?? [];
        list.push(event);
        byStream.set(event.incidentId, list);
      }
      // Which streams get events before the latest one already here: they are rebuilt, not appended to.
      const rebuilt = new Set<string>();
      for (const [stream, events] of byStream) {
        const latest = await latestEvent(db, stream);
        const first = events[0];
        if (latest !== undefined && first !== undefined && byEventTime(first, latest) < 0)
          rebuilt.add(stream);
      }
      if (rebuilt.has(directoryStream)) {
        // A correction made from an incident's roster (person.details-changed) writes the directory too:
        // its incident is replayed with the directory, so the latest word on each person wins by event time.
        const corrections = await db.events.where('type').equals('person.details-changed').toArray();
        for (const event of [...corrections, ...fresh.filter((e) => e.type === 'person.details-changed')]) {
          rebuilt.add(event.incidentId);
        }
      }
      for (let start = 0; start < fresh.length; start += chunkSize) {
        await db.events.bulkAdd(fresh.slice(start, start + chunkSize));
      }
      let done = 0;
      for (const event of fresh) {
        if (rebuilt.has(event.incidentId)) continue;
        await applyEvent(db, event);
        done += 1;
        if (done % chunkSize === 0) context.onProgress?.(done, total);
      }
      const replay: IncidentEvent[] = [];
      for (const stream of rebuilt) {
        const events = await readStream(db, stream);
        await clearStream(db, stream, events);
        replay.push(...events);
      }
      replay.sort(byEventTime);
      for (const event of replay) await applyEvent(db, event);
      context.onProgress?.(total, total);

      const outbox = await outboxToTake(db, file);
      if (outbox.length > 0) await db.outbox.bulkAdd(outbox);
      const seenBefore = (await db.imports.where('checksum').equals(file.checksum).count()) > 0;
      // A second import of the same file changes nothing at all, not even this record.
      if (total > 0 || outbox.length > 0 || !seenBefore) {
        await db.imports.add({
          id: newId(context.now),
          checksum: file.checksum,
          scope: file.scope,
          importedAt: context.now,
          added: total,
          alreadyHere: here.size,
          outboxAdded: outbox.length,
        });
      }
      return { added: total, alreadyHere: here.size };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

async function latestEvent(db: WarRoomDatabase, stream: string): Promise<IncidentEvent | undefined> {
  // The index orders by ts; events sharing the latest ts are sorted by id here.
  const last = await db.events
    .where('[incidentId+ts]')
    .between([stream, Dexie.minKey], [stream, Dexie.maxKey])
    .last();
  if (last === undefined) return undefined;
  const tied = await db.events.where('[incidentId+ts]').equals([stream, last.ts]).toArray();
  return tied.sort(byEventTime).pop();
}

/**
 * Replaces the whole database with the file: the log, every projected table, the outbox and the record
 * of imports, in one transaction, the events applied in (ts, id) order. The caller takes a snapshot first.
 */
export async function restoreBackup(
  db: WarRoomDatabase,
  file: BackupFile,
  context: { now: number; onProgress?: Progress },
): Promise<{ events: number }> {
  const nothingHere = { incidents: new Set<string>(), people: new Set<string>() };
  const problem = referenceProblem(file.events, nothingHere);
  if (problem !== null) throw new BackupRefusal(problem);
  const events = [...file.events].sort(byEventTime);
  try {
    return await db.transaction('rw', writeTables(db), async () => {
      await Promise.all(writeTables(db).map((table) => table.clear()));
      for (let start = 0; start < events.length; start += chunkSize) {
        await db.events.bulkAdd(events.slice(start, start + chunkSize));
      }
      let done = 0;
      for (const event of events) {
        await applyEvent(db, event);
        done += 1;
        if (done % chunkSize === 0) context.onProgress?.(done, events.length);
      }
      context.onProgress?.(events.length, events.length);
      const outbox = await outboxToTake(db, file);
      if (outbox.length > 0) await db.outbox.bulkAdd(outbox);
      return { events: events.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
