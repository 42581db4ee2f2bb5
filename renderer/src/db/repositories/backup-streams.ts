/**
 * Which projected rows belong to a stream (an incident, the directory, runbooks, settings), so an import
 * that merges two desktops' logs can clear a stream's rows and replay all its events in event time.
 */
import { peopleAdded } from '../../domain/backup/references';
import { cadenceSettingKey } from '../../domain/broadcasts/events';
import type { IncidentEvent } from '../../domain/log/events';
import { directoryStream } from '../../domain/roster/types';
import { runbookStream } from '../../domain/runbooks/types';
import { settingsStream } from '../../domain/settings/events';
import { projectedTables, type ProjectedTable, type WarRoomDatabase } from '../schema';

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
  taskRevisions: 'key',
  loadMinutes: 'index',
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
export async function clearStream(db: WarRoomDatabase, stream: string, events: readonly IncidentEvent[]) {
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
