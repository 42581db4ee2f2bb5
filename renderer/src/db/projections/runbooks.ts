import type { RunbookEvent } from '../../domain/runbooks/events';
import type { ProjectionHandlers } from './types';

export const runbookProjection: ProjectionHandlers<RunbookEvent> = {
  'runbook.saved': async (tables, event) => {
    const existing = await tables.runbooks.get(event.payload.runbookId);
    await tables.runbooks.put({
      ...event.payload.runbook,
      id: event.payload.runbookId,
      createdAt: existing?.createdAt ?? event.ts,
      updatedAt: event.ts,
    });
  },
  'runbook.deleted': async (tables, event) => {
    await tables.runbooks.delete(event.payload.runbookId);
  },
  // The steps arrive as task.created events in the same transaction; the library does not change.
  'runbook.applied': async () => {},
};
