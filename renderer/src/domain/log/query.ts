import { logCategoryOf, type IncidentEvent, type LogCategory } from './events';

/** What the IC asked the log to show. An empty `categories` list means every category. */
export type LogQuery = { categories: readonly LogCategory[]; starredOnly: boolean; search: string };

export const everything: LogQuery = { categories: [], starredOnly: false, search: '' };

function searchableText(event: IncidentEvent): string {
  switch (event.type) {
    case 'log.entry-added':
      return `${event.payload.text} ${event.payload.author}`;
    default:
      return `${Object.values(event.payload).join(' ')} ${event.actor}`;
  }
}

/** Whether a log event is a line the query shows (bookkeeping events never are). */
export function matchesLogQuery(event: IncidentEvent, query: LogQuery): boolean {
  const category = logCategoryOf(event);
  if (category === null) return false;
  if (query.categories.length > 0 && !query.categories.includes(category)) return false;
  const needle = query.search.trim().toLocaleLowerCase();
  return needle === '' || searchableText(event).toLocaleLowerCase().includes(needle);
}
