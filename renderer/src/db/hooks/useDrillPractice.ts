import { useLiveQuery } from 'dexie-react-hooks';
import type { DrillPracticeInput } from '../../domain/analytics/drill-practice';
import { db as appDb } from '../index';
import type { WarRoomDatabase } from '../schema';

/**
 * What "who has led drills" is counted from: every drill incident (whenever it was, since rotating the
 * role looks back further than a month), its tenures, who checked in to it, and their names.
 */
export async function readDrillPractice(db: WarRoomDatabase): Promise<DrillPracticeInput> {
  const incidents = (await db.incidents.toArray()).filter((incident) => incident.isDrill);
  const ids = incidents.map((incident) => incident.id);
  const [tenures, checkIns] = await Promise.all([
    db.roleTenures.where('incidentId').anyOf(ids).toArray(),
    db.checkIns.where('incidentId').anyOf(ids).toArray(),
  ]);
  const personIds = [...new Set([...tenures, ...checkIns].map((row) => row.personId))];
  const people = (await db.people.bulkGet(personIds)).filter((p) => p !== undefined);
  return {
    incidents,
    tenures,
    players: checkIns.map(({ incidentId, personId }) => ({ incidentId, personId })),
    names: new Map(people.map((person) => [person.id, person.name])),
  };
}

/** The drill-practice facts, kept live; `undefined` while loading. */
export function useDrillPractice(): DrillPracticeInput | undefined {
  return useLiveQuery(() => readDrillPractice(appDb), []);
}
