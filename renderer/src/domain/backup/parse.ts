/**
 * Reads a backup file's text into a checked BackupFile, or refuses it with one problem that says what
 * and where. Pure and synchronous in spirit (the checksum's digest is the only await), so it runs in a
 * Worker for large files and in Node for tests. Every step is bounded before the next one may recurse
 * or allocate: size, then nesting, then JSON.parse, then keys, counts and schemas, then meaning.
 */
import { z } from 'zod';
import { runbookFormat } from '../runbooks/file';
import type { IncidentEvent } from '../log/events';
import { canonicalJson, checksumOf } from './canonical';
import { eventSchemas } from './event-schemas';
import { id, maxima, text } from './fields';
import { backupBounds, backupFormat, backupFormatVersion, type BackupFile } from './format';
import { firstTooDeep, lineColumn, syntaxErrorAt } from './json-scan';
import { outboxRowSchema } from './outbox-schema';
import { pathText, type BackupProblem } from './problems';
import { upgradeBackup } from './upgrade';
import { pseudoStreams } from './streams';
import { problemOfZod } from './zod-problem';

export type { BackupFile, BackupScope } from './format';
export type { BackupProblem, BackupProblemCode } from './problems';

export type BackupParse = { ok: true; file: BackupFile } | { ok: false; problem: BackupProblem };

export { pseudoStreams } from './streams';

/** Keys that reach an object's prototype when a careless reader copies them. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

const topSchema = z.strictObject({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  appVersion: text(100),
  createdAt: z.iso.datetime({ offset: true }),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('incident'), incidentId: id, title: text(maxima.title) }),
  ]),
  // Elements are checked one by one below, so a problem names its event; the counts are checked first.
  events: z.array(z.unknown()).max(backupBounds.maxEvents),
  outbox: z.array(z.unknown()).max(backupBounds.maxOutboxRows),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

const refuse = (problem: BackupProblem): BackupParse => ({ ok: false, problem });

/** The path of the first forbidden key at any depth, walked without recursion; scenario files reuse it. */
export function forbiddenKeyPath(root: unknown): string | null {
  type Node = { value: unknown; parent: Node | null; key: PropertyKey };
  const pathOf = (node: Node, key: string) => {
    const parts: PropertyKey[] = [key];
    for (let at: Node | null = node; at !== null && at.parent !== null; at = at.parent) parts.unshift(at.key);
    return pathText(parts);
  };
  const stack: Node[] = [{ value: root, parent: null, key: '' }];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const { value } = node;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) stack.push({ value: value[i], parent: node, key: i });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return pathOf(node, key);
      stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key });
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Steps 1–3: the text is small enough, shallow enough and JSON, with no key that reaches a prototype. */
function readJson(raw: string): { ok: true; json: unknown } | { ok: false; problem: BackupProblem } {
  if (raw.length > backupBounds.maxChars) {
    return { ok: false, problem: { code: 'too-large', where: '', detail: String(raw.length) } };
  }
  // A byte-order mark is what some editors write first: accepted, since the JSON after it is the file.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') return { ok: false, problem: { code: 'empty', where: '' } };
  const deep = firstTooDeep(text, backupBounds.maxDepth);
  if (deep >= 0) {
    const detail = String(backupBounds.maxDepth);
    return { ok: false, problem: { code: 'too-deep', where: lineColumn(text, deep), detail } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = syntaxErrorAt(text);
    const detail = at?.what ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, problem: { code: 'not-json', where: lineColumn(text, at?.offset ?? 0), detail } };
  }
  const forbidden = forbiddenKeyPath(json);
  if (forbidden !== null) return { ok: false, problem: { code: 'forbidden-key', where: forbidden } };
  return { ok: true, json };
}

/** Step 4: a War Room backup, of a version this build reads (upgraded when older). */
function readVersion(
  json: unknown,
): { ok: true; file: Record<string, unknown> } | { ok: false; problem: BackupProblem } {
  if (!isRecord(json)) return { ok: false, problem: { code: 'not-a-backup', where: '' } };
  if (json.format === runbookFormat) return { ok: false, problem: { code: 'runbook-file', where: 'format' } };
  if (json.format !== backupFormat) {
    const detail = typeof json.format === 'string' ? json.format.slice(0, 100) : '';
    return { ok: false, problem: { code: 'not-a-backup', where: 'format', detail } };
  }
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: { code: 'wrong-type', where: 'formatVersion', detail: 'integer' } };
  }
  if (version > backupFormatVersion) {
    return { ok: false, problem: { code: 'newer-version', where: 'formatVersion', detail: String(version) } };
  }
  const upgraded = version < 1 ? null : upgradeBackup(json, version);
  if (upgraded === null) {
    return {
      ok: false,
      problem: { code: 'unknown-version', where: 'formatVersion', detail: String(version) },
    };
  }
  return { ok: true, file: upgraded };
}

/** Step 6: what no desk could have written, event by event. Duplicates of the same content are dropped. */
function checkMeaning(
  file: BackupFile,
  now: number,
): { ok: true; events: IncidentEvent[] } | { ok: false; problem: BackupProblem } {
  const latest = now + backupBounds.clockSkewMs;
  if (Date.parse(file.createdAt) > latest) {
    return { ok: false, problem: { code: 'future-time', where: 'createdAt', detail: file.createdAt } };
  }
  const firstIndex = new Map<string, number>();
  const events: IncidentEvent[] = [];
  const scope = file.scope;
  for (let i = 0; i < file.events.length; i += 1) {
    const event = file.events[i] as IncidentEvent;
    const at = (field: string) => `events[${i}].${field}`;
    const seen = firstIndex.get(event.id);
    if (seen !== undefined) {
      if (canonicalJson(file.events[seen]) !== canonicalJson(event)) {
        return {
          ok: false,
          problem: { code: 'duplicate-event', where: at('id'), detail: `events[${seen}]` },
        };
      }
      continue;
    }
    firstIndex.set(event.id, i);
    if (event.ts > latest) return { ok: false, problem: { code: 'future-time', where: at('ts') } };
    if (event.recordedAt > latest)
      return { ok: false, problem: { code: 'future-time', where: at('recordedAt') } };
    // Back-dating makes ts earlier than recordedAt; nothing is recorded before it happens (bar clock skew).
    if (event.ts > event.recordedAt + backupBounds.clockSkewMs) {
      return { ok: false, problem: { code: 'happened-after-recorded', where: at('ts') } };
    }
    if (
      scope.kind === 'incident' &&
      event.incidentId !== scope.incidentId &&
      !pseudoStreams.includes(event.incidentId)
    ) {
      return {
        ok: false,
        problem: { code: 'outside-scope', where: at('incidentId'), detail: event.incidentId },
      };
    }
    events.push(event);
  }
  const outboxIds = new Set<string>();
  for (let i = 0; i < file.outbox.length; i += 1) {
    const row = file.outbox[i];
    if (row === undefined) continue;
    if (outboxIds.has(row.id))
      return { ok: false, problem: { code: 'duplicate-outbox-row', where: `outbox[${i}].id` } };
    outboxIds.add(row.id);
  }
  return { ok: true, events };
}

/** Reads and checks a backup file; nothing here writes anywhere. `now` bounds the times it may hold. */
export async function parseBackup(raw: string, context: { now: number }): Promise<BackupParse> {
  const read = readJson(raw);
  if (!read.ok) return refuse(read.problem);
  const versioned = readVersion(read.json);
  if (!versioned.ok) return refuse(versioned.problem);
  const upgraded = versioned.file;

  // Step 5: the shape, strict at every level.
  const top = topSchema.safeParse(upgraded);
  if (!top.success) return refuse(problemOfZod(top.error, upgraded));
  const rawEvents = top.data.events;
  const events: unknown[] = new Array<unknown>(rawEvents.length);
  for (let i = 0; i < rawEvents.length; i += 1) {
    const event = rawEvents[i];
    const type = isRecord(event) ? event.type : undefined;
    const schema = typeof type === 'string' ? eventSchemas.get(type) : undefined;
    if (schema === undefined) {
      if (typeof type === 'string') {
        return refuse({ code: 'unknown-event-type', where: `events[${i}].type`, detail: type.slice(0, 100) });
      }
      const problem: BackupProblem = isRecord(event)
        ? { code: 'missing-field', where: `events[${i}].type` }
        : { code: 'wrong-type', where: `events[${i}]`, detail: 'object' };
      return refuse(problem);
    }
    const parsed = schema.safeParse(event);
    if (!parsed.success) return refuse(problemOfZod(parsed.error, event, ['events', i]));
    events[i] = parsed.data;
  }
  const outbox: unknown[] = new Array<unknown>(top.data.outbox.length);
  for (let i = 0; i < top.data.outbox.length; i += 1) {
    const parsed = outboxRowSchema.safeParse(top.data.outbox[i]);
    if (!parsed.success) return refuse(problemOfZod(parsed.error, top.data.outbox[i], ['outbox', i]));
    outbox[i] = parsed.data;
  }
  const file = { ...top.data, events, outbox } as BackupFile;

  const meaning = checkMeaning(file, context.now);
  if (!meaning.ok) return refuse(meaning.problem);

  // Step 7, last: every problem above names its place; a file that passes them all and still differs
  // from its checksum was changed or damaged after it was written.
  const expected = await checksumOf(read.json as object);
  if (expected !== file.checksum) return refuse({ code: 'checksum-mismatch', where: 'checksum' });
  return { ok: true, file: { ...file, events: meaning.events } };
}
