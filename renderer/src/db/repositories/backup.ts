/**
 * Backups into the database (export: backup-export.ts; the preview: backup-preview.ts): import adds the events this desktop lacks, all or nothing in one transaction, through
 * the one projector; restore replaces everything with a file's contents. The log is the source of truth,
 * so nothing else is carried: every projected row is rebuilt here from the events.
 */
import Dexie from 'dexie';
import type { BackupFile } from '../../domain/backup/parse';
import { byEventTime, referenceProblem } from '../../domain/backup/references';
import type { IncidentEvent } from '../../domain/log/events';
import { directoryStream } from '../../domain/roster/types';
import { newId } from '../append';
import { chunkSize, readStream, type Progress } from './backup-export';
import { BackupRefusal, eventsAlreadyHere, knownHere, outboxToTake } from './backup-preview';
import { projectedTables, type WarRoomDatabase } from '../schema';
import { toStorageError } from '../storage-errors';
import { clearStream } from './backup-streams';
import { replayEvents } from './replay-buffer';
import { joinedRoom, waitingRow } from './room-state';

const writeTables = (db: WarRoomDatabase) => [
  db.events,
  db.outbox,
  db.imports,
  ...projectedTables.map((name) => db[name]),
];

/** An import also queues what it brings for the room this desk is in (a restore replaces, and queues nothing). */
const importTables = (db: WarRoomDatabase) => [...writeTables(db), db.syncOutbox, db.roomState];

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
    return await db.transaction('rw', importTables(db), async () => {
      const problem = referenceProblem(file.events, await knownHere(db, file.events));
      if (problem !== null) throw new BackupRefusal(problem);

      const here = await eventsAlreadyHere(db, file.events);
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
      // In a room, what the file brought is this desk's to share, as if it had been written here.
      if ((await joinedRoom(db)) !== null && fresh.length > 0) {
        await db.syncOutbox.bulkPut(fresh.map((event) => waitingRow(event, context.now)));
      }
      const onward = fresh.filter((event) => !rebuilt.has(event.incidentId));
      await replayEvents(db, onward, {
        every: chunkSize,
        onApplied: (done) => context.onProgress?.(done, total),
      });
      const replay: IncidentEvent[] = [];
      for (const stream of rebuilt) {
        const events = await readStream(db, stream);
        await clearStream(db, stream, events);
        replay.push(...events);
      }
      replay.sort(byEventTime);
      await replayEvents(db, replay, { every: chunkSize });
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
      await replayEvents(db, events, {
        every: chunkSize,
        onApplied: (done) => context.onProgress?.(done, events.length),
      });
      const outbox = await outboxToTake(db, file);
      if (outbox.length > 0) await db.outbox.bulkAdd(outbox);
      return { events: events.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
