import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { IncidentEvent } from '../../domain/log/events';
import { matchesLogQuery, type LogQuery } from '../../domain/log/query';
import { db } from '../index';

export type LogPage = { entries: IncidentEvent[]; hasMore: boolean; starred: ReadonlySet<string> };

/**
 * The newest `limit` log lines that match the query, newest first. Reads walk the
 * [incidentId+ts] index backwards and stop at the limit, so a 100k-entry log costs the same as a
 * short one; the list asks for more as the IC scrolls down.
 */
export function useLogPage(incidentId: string, query: LogQuery, limit: number): LogPage | undefined {
  const categoriesKey = query.categories.join(',');
  return useLiveQuery(
    async () => {
      const starredIds = await db.stars.where('incidentId').equals(incidentId).primaryKeys();
      const starred = new Set(starredIds);
      let entries: IncidentEvent[];
      if (query.starredOnly) {
        const rows = await db.events.bulkGet(starredIds);
        entries = rows
          .filter((e): e is IncidentEvent => e !== undefined && matchesLogQuery(e, query))
          .sort((a, b) => b.ts - a.ts || (a.id < b.id ? 1 : -1))
          .slice(0, limit + 1);
      } else {
        entries = await db.events
          .where('[incidentId+ts]')
          .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
          .reverse()
          .filter((e) => matchesLogQuery(e, query))
          .limit(limit + 1)
          .toArray();
      }
      return { entries: entries.slice(0, limit), hasMore: entries.length > limit, starred };
    },
    // The query's parts are listed one by one so a new object with the same filters does not re-query.
    [incidentId, categoriesKey, query.starredOnly, query.search, limit],
  );
}

/** How many lines the incident's log has; `undefined` while loading. */
export function useLogCount(incidentId: string): number | undefined {
  return useLiveQuery(async () => (await db.logCounts.get(incidentId))?.count ?? 0, [incidentId]);
}

/** The newest `limit` starred lines of the incident's log, newest first (the wall display's). */
export function useStarredEntries(incidentId: string, limit: number): IncidentEvent[] | undefined {
  return useLiveQuery(async () => {
    const ids = await db.stars.where('incidentId').equals(incidentId).primaryKeys();
    const rows = await db.events.bulkGet(ids);
    return rows
      .filter((e): e is IncidentEvent => e !== undefined)
      .sort((a, b) => b.ts - a.ts || (a.id < b.id ? 1 : -1))
      .slice(0, limit);
  }, [incidentId, limit]);
}
