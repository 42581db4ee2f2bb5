/** Which log entries are tagged for the postmortem, and as what, from the tag events alone. */
import type { IncidentEvent } from '../log/events';
import type { EntryTag } from './events';

/** The tags each entry has now, by entry id: the last tag or untag of each, in recorded order, wins. */
export function tagsIn(events: readonly IncidentEvent[]): Map<string, Set<EntryTag>> {
  const marks = events
    .filter((e) => e.type === 'log.entry-tagged')
    .sort((a, b) => a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : 1));
  const tags = new Map<string, Set<EntryTag>>();
  for (const mark of marks) {
    if (mark.type !== 'log.entry-tagged') continue;
    const { entryId, tag, tagged } = mark.payload;
    const own = tags.get(entryId) ?? new Set<EntryTag>();
    if (tagged) own.add(tag);
    else own.delete(tag);
    if (own.size === 0) tags.delete(entryId);
    else tags.set(entryId, own);
  }
  return tags;
}

/** Whether a log line can be tagged: a typed entry, whose words are its author's (quoted as written). */
export function isTaggable(event: IncidentEvent): boolean {
  return event.type === 'log.entry-added';
}
