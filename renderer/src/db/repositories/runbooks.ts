/** The runbook library (global, on the `runbooks` stream) and applying a runbook to an incident. */
import { DomainError } from '../../domain/errors';
import { checkRunbook, parseRunbookFile } from '../../domain/runbooks/file';
import { runbookStream, type Runbook, type RunbookDefinition } from '../../domain/runbooks/types';
import type { TaskEvent } from '../../domain/tasks/events';
import { appendEvents, newEvent, newId, type RecordContext } from '../append';
import { recordTaskChange } from './task-feed';
import type { WarRoomDatabase } from '../schema';
import { newTaskEvents } from './tasks';

async function requireRunbook(db: WarRoomDatabase, runbookId: string): Promise<Runbook> {
  const runbook = await db.runbooks.get(runbookId);
  if (runbook === undefined) throw new DomainError('unknown-runbook');
  return runbook;
}

/** Two runbooks with one name would leave the IC guessing which to apply. */
async function refuseSameName(db: WarRoomDatabase, name: string, exceptId: string | null): Promise<void> {
  const same = await db.runbooks.where('name').equalsIgnoreCase(name).first();
  if (same !== undefined && same.id !== exceptId)
    throw new DomainError('runbook-exists', { name: same.name });
}

async function save(
  db: WarRoomDatabase,
  runbook: RunbookDefinition,
  how: 'created' | 'imported',
  context: RecordContext,
): Promise<string> {
  await refuseSameName(db, runbook.name, null);
  const runbookId = newId(context.now);
  await appendEvents(db, [newEvent('runbook.saved', runbookStream, { runbookId, runbook, how }, context)]);
  return runbookId;
}

/** Adds a runbook written in the app; returns its id. */
export async function createRunbook(
  db: WarRoomDatabase,
  input: unknown,
  context: RecordContext,
): Promise<string> {
  return save(db, checkRunbook(input), 'created', context);
}

/** Reads a runbook file and adds it; a bad file is refused whole and nothing is imported. */
export async function importRunbook(
  db: WarRoomDatabase,
  fileContent: string,
  context: RecordContext,
): Promise<string> {
  return save(db, parseRunbookFile(fileContent), 'imported', context);
}

export async function updateRunbook(
  db: WarRoomDatabase,
  runbookId: string,
  input: unknown,
  context: RecordContext,
): Promise<void> {
  await requireRunbook(db, runbookId);
  const runbook = checkRunbook(input);
  await refuseSameName(db, runbook.name, runbookId);
  await appendEvents(db, [
    newEvent('runbook.saved', runbookStream, { runbookId, runbook, how: 'edited' }, context),
  ]);
}

export async function deleteRunbook(
  db: WarRoomDatabase,
  runbookId: string,
  context: RecordContext,
): Promise<void> {
  const runbook = await requireRunbook(db, runbookId);
  await appendEvents(db, [
    newEvent('runbook.deleted', runbookStream, { runbookId, name: runbook.name }, context),
  ]);
}

/**
 * Puts a runbook's steps on the incident's board as unassigned tasks, for the IC to assign. Applying
 * the same runbook twice is refused: a double Enter must not double the board. Returns the task count.
 */
export async function applyRunbook(
  db: WarRoomDatabase,
  input: { incidentId: string; runbookId: string },
  context: RecordContext,
): Promise<number> {
  const events = await recordTaskChange(db, async () => {
    if ((await db.incidents.get(input.incidentId)) === undefined) throw new DomainError('unknown-incident');
    const runbook = await requireRunbook(db, input.runbookId);
    const already = await db.tasks
      .where('incidentId')
      .equals(input.incidentId)
      .filter((t) => t.origin?.runbookId === runbook.id)
      .first();
    if (already !== undefined) throw new DomainError('runbook-already-applied', { name: runbook.name });
    const tasks: TaskEvent[] = [];
    for (const [index, step] of runbook.steps.entries()) {
      const origin = { runbookId: runbook.id, runbookName: runbook.name, step: index + 1 };
      tasks.push(...(await newTaskEvents(db, { ...step, incidentId: input.incidentId, origin }, context)));
    }
    const applied = newEvent(
      'runbook.applied',
      input.incidentId,
      { runbookId: runbook.id, runbookName: runbook.name, taskCount: runbook.steps.length },
      context,
    );
    return [applied, ...tasks];
  });
  return events.length - 1;
}
