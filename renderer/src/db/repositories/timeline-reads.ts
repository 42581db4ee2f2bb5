/** What the timeline and the ICS-214 exports read, once, when the IC asks for a file. */
import Dexie from 'dexie';
import type { IncidentEvent } from '../../domain/log/events';
import type { CheckInFact, Person, TenureFact } from '../../domain/roster/types';
import type { Task } from '../../domain/tasks/types';
import type { WarRoomDatabase } from '../schema';

export type TimelineSources = {
  /** The incident's events in event-time order (the [incidentId+ts] index, ties by id). */
  events: IncidentEvent[];
  people: Person[];
  checkIns: CheckInFact[];
  tenures: TenureFact[];
  tasks: Task[];
};

export async function readTimelineSources(db: WarRoomDatabase, incidentId: string): Promise<TimelineSources> {
  return db.transaction('r', [db.events, db.people, db.checkIns, db.roleTenures, db.tasks], async () => {
    const [events, people, checkIns, tenures, tasks] = await Promise.all([
      db.events
        .where('[incidentId+ts]')
        .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
        .toArray(),
      db.people.toArray(),
      db.checkIns.where('incidentId').equals(incidentId).toArray(),
      db.roleTenures.where('incidentId').equals(incidentId).toArray(),
      db.tasks.where('incidentId').equals(incidentId).toArray(),
    ]);
    return { events, people, checkIns, tenures, tasks };
  });
}
