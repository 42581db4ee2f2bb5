/** Writes to the incident log: typed entries and stars. */
import { DomainError } from '../../domain/errors';
import { capEntryText } from '../../domain/log/entry';
import { logCategoryOf, logEntryKinds, type LogEntryAdded, type LogEntryKind } from '../../domain/log/events';
import { checkRecordedTime, withReason } from '../../domain/log/recorded-time';
import { limits } from '../../domain/incident/types';
import { requiredText } from '../../domain/incident/validate';
import { appendEvents, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

export type AddedEntry = { id: string; rest: string };

export type LogEntryInput = {
  incidentId: string;
  kind: string;
  text: string;
  author: string;
  /** When it happened, if not now; needs `reason`, and is never before the declaration. */
  at?: number;
  reason?: string;
};

export type PreparedEntry = { event: LogEntryAdded; rest: string };

/**
 * Checks an entry and builds its event without touching the database, so the log can show the line
 * in the frame after Enter while the durable write is still under way (`saveLogEntry`). The caller
 * names when the incident was declared, the earliest the line may be dated.
 */
export function prepareLogEntry(
  input: LogEntryInput,
  context: RecordContext,
  declaredAt: number,
): PreparedEntry {
  const kind = logEntryKinds.find((k): k is LogEntryKind => k === input.kind);
  if (kind === undefined) throw new DomainError('unknown-entry-kind', { value: input.kind });
  const author = requiredText(input.author, 'author', limits.nameMaxLength);
  const { saved, rest } = capEntryText(input.text);
  const { ts, backdatedReason } = checkRecordedTime(input.at, input.reason, context.now, {
    ts: declaredAt,
    refusal: 'before-declaration',
  });
  const event = newEvent(
    'log.entry-added',
    input.incidentId,
    { kind, text: saved, author, ...withReason(backdatedReason) },
    { ...context, ts },
  );
  return { event, rest };
}

/**
 * Writes a prepared entry: strict durability, projected in the same transaction, like every event.
 * The incident is read again here, so a line prepared against a stale screen is still refused when the
 * incident is gone or the line would sit before its declaration.
 */
export async function saveLogEntry(db: WarRoomDatabase, event: LogEntryAdded): Promise<void> {
  const incident = await db.incidents.get(event.incidentId);
  if (incident === undefined) throw new DomainError('unknown-incident');
  if (event.ts < incident.declaredAt) throw new DomainError('before-declaration');
  await appendEvents(db, [event]);
}

/** Adds a typed entry; an over-long text is capped and the rest handed back, never dropped. */
export async function addLogEntry(
  db: WarRoomDatabase,
  input: LogEntryInput,
  context: RecordContext,
): Promise<AddedEntry> {
  const incident = await db.incidents.get(input.incidentId);
  if (incident === undefined) throw new DomainError('unknown-incident');
  const { event, rest } = prepareLogEntry(input, context, incident.declaredAt);
  await saveLogEntry(db, event);
  return { id: event.id, rest };
}

/** Stars or unstars a line of the log so the postmortem can find the moments that mattered. */
export async function setStarred(
  db: WarRoomDatabase,
  entryId: string,
  starred: boolean,
  context: RecordContext,
): Promise<void> {
  const entry = await db.events.get(entryId);
  if (entry === undefined || logCategoryOf(entry) === null) throw new DomainError('unknown-entry');
  const isStarred = (await db.stars.get(entryId)) !== undefined;
  if (isStarred === starred) return;
  await appendEvents(db, [newEvent('log.entry-starred', entry.incidentId, { entryId, starred }, context)]);
}
