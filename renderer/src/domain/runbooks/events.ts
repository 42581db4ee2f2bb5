/** Events of the runbook library (on the `runbooks` stream) and of applying one to an incident. */
import type { EventOf } from '../log/event-of';
import type { RunbookDefinition } from './types';

export type RunbookSaved = EventOf<
  'runbook.saved',
  { runbookId: string; runbook: RunbookDefinition; how: 'created' | 'edited' | 'imported' }
>;
export type RunbookDeleted = EventOf<'runbook.deleted', { runbookId: string; name: string }>;
/** On the incident's own stream: its steps arrive as task.created events in the same transaction. */
export type RunbookApplied = EventOf<
  'runbook.applied',
  { runbookId: string; runbookName: string; taskCount: number }
>;

export type RunbookEvent = RunbookSaved | RunbookDeleted | RunbookApplied;
