import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { entryTagsOf, postmortemDraftOf } from '../../db/repositories/postmortem';
import type { EntryTag, PostmortemDraft } from '../../domain/postmortem';

/** The incident's postmortem draft as it stands; null before it is drafted, `undefined` while loading. */
export function usePostmortemDraft(incidentId: string): PostmortemDraft | null | undefined {
  return useLiveQuery(() => postmortemDraftOf(db, incidentId), [incidentId]);
}

const none: ReadonlySet<EntryTag> = new Set();

/** One entry's postmortem tags; re-read only when a tag of this incident changes. */
export function useEntryTags(incidentId: string, entryId: string): ReadonlySet<EntryTag> {
  return (
    useLiveQuery(
      async () => (await entryTagsOf(db, incidentId)).get(entryId) ?? none,
      [incidentId, entryId],
    ) ?? none
  );
}
