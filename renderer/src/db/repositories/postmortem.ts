/**
 * The postmortem's writes (tags on log entries, the draft, each edit, its status) and the one read
 * that gathers everything its sections are built from. Tags and the draft are events only, read back
 * by the [incidentId+type] index, so they need no table of their own.
 */
import { defaultCadence } from '../../domain/broadcasts/cadence';
import { cadenceSettingKey } from '../../domain/broadcasts/events';
import { emptyPlan } from '../../domain/broadcasts/plan';
import { readCadence } from '../../domain/broadcasts/rules';
import { DomainError } from '../../domain/errors';
import { defaultFatigueThresholds } from '../../domain/fatigue/thresholds';
import type { IncidentEvent } from '../../domain/log/events';
import {
  currentDraft,
  draftEventTypes,
  isTaggable,
  postmortemSections,
  tagsIn,
  type EntryTag,
  type PostmortemDraft,
  type PostmortemFacts,
  type PostmortemSection,
  type PostmortemStatus,
  type SectionText,
} from '../../domain/postmortem';
import { readFatigueThresholds } from '../../domain/settings/fatigue-settings';
import { appendEvents, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

async function eventsOfTypes(
  db: WarRoomDatabase,
  incidentId: string,
  types: readonly IncidentEvent['type'][],
): Promise<IncidentEvent[]> {
  return db.events
    .where('[incidentId+type]')
    .anyOf(types.map((type) => [incidentId, type]))
    .toArray();
}

/** The tags of the incident's entries, by entry id. */
export async function entryTagsOf(db: WarRoomDatabase, incidentId: string) {
  return tagsIn(await eventsOfTypes(db, incidentId, ['log.entry-tagged']));
}

/** Tags or untags a log entry for the postmortem; nothing is written when it already is as asked. */
export async function setTagged(
  db: WarRoomDatabase,
  entryId: string,
  tag: EntryTag,
  tagged: boolean,
  context: RecordContext,
): Promise<void> {
  const entry = await db.events.get(entryId);
  if (entry === undefined) throw new DomainError('unknown-entry');
  if (!isTaggable(entry)) throw new DomainError('untaggable-entry');
  const has = (await entryTagsOf(db, entry.incidentId)).get(entryId)?.has(tag) ?? false;
  if (has === tagged) return;
  await appendEvents(db, [newEvent('log.entry-tagged', entry.incidentId, { entryId, tag, tagged }, context)]);
}

/** The draft as it stands, or null before it is drafted. */
export async function postmortemDraftOf(
  db: WarRoomDatabase,
  incidentId: string,
): Promise<PostmortemDraft | null> {
  return currentDraft(await eventsOfTypes(db, incidentId, draftEventTypes));
}

function checkSection(section: string): PostmortemSection {
  const known = postmortemSections.find((s) => s === section);
  if (known === undefined) throw new DomainError('unknown-section', { value: section });
  return known;
}

/** Writes the first draft. Refused once drafted, so a second desk cannot overwrite anyone's edits. */
export async function draftPostmortem(
  db: WarRoomDatabase,
  incidentId: string,
  draft: { title: string; sections: SectionText[] },
  context: RecordContext,
): Promise<void> {
  if ((await db.incidents.get(incidentId)) === undefined) throw new DomainError('unknown-incident');
  await db.transaction('r', db.events, async () => {
    if ((await postmortemDraftOf(db, incidentId)) !== null) throw new DomainError('postmortem-drafted');
  });
  const sections = draft.sections.map(({ section, text }) => ({ section: checkSection(section), text }));
  await appendEvents(db, [
    newEvent('postmortem.drafted', incidentId, { title: draft.title, sections }, context),
  ]);
}

async function requireDraft(db: WarRoomDatabase, incidentId: string): Promise<PostmortemDraft> {
  const draft = await postmortemDraftOf(db, incidentId);
  if (draft === null) throw new DomainError('postmortem-not-drafted');
  return draft;
}

/**
 * Saves the IC's text for a section (`regenerated`: a new text generated from the log because the
 * IC asked). Nothing is written when the text is what the section already says.
 */
export async function saveSection(
  db: WarRoomDatabase,
  incidentId: string,
  change: { section: string; text: string; regenerated?: boolean },
  context: RecordContext,
): Promise<void> {
  const section = checkSection(change.section);
  const draft = await requireDraft(db, incidentId);
  const current = draft.sections.find((s) => s.section === section);
  if (current !== undefined && current.text === change.text) return;
  const type = change.regenerated === true ? 'postmortem.section-regenerated' : 'postmortem.section-edited';
  await appendEvents(db, [newEvent(type, incidentId, { section, text: change.text }, context)]);
}

/** Marks the draft reviewed, or back to draft. */
export async function setPostmortemStatus(
  db: WarRoomDatabase,
  incidentId: string,
  to: PostmortemStatus,
  context: RecordContext,
): Promise<void> {
  const draft = await requireDraft(db, incidentId);
  if (draft.status === to) return;
  await appendEvents(db, [
    newEvent('postmortem.status-changed', incidentId, { from: draft.status, to }, context),
  ]);
}

/** Everything the sections are built from, read in one transaction so they agree with each other. */
export async function postmortemFacts(
  db: WarRoomDatabase,
  incidentId: string,
  now: number,
): Promise<PostmortemFacts> {
  return db.transaction(
    'r',
    [
      db.incidents,
      db.events,
      db.people,
      db.roleTenures,
      db.checkIns,
      db.rests,
      db.tasks,
      db.broadcasts,
      db.broadcastPlans,
      db.settings,
    ],
    async () => {
      const incident = await db.incidents.get(incidentId);
      if (incident === undefined) throw new DomainError('unknown-incident');
      const [events, tenures, checkIns, rests, tasks, broadcasts, plan, cadenceRow, thresholdsRow] =
        await Promise.all([
          db.events.where('incidentId').equals(incidentId).toArray(),
          db.roleTenures.where('incidentId').equals(incidentId).toArray(),
          db.checkIns.where('incidentId').equals(incidentId).toArray(),
          db.rests.where('incidentId').equals(incidentId).toArray(),
          db.tasks.where('incidentId').equals(incidentId).toArray(),
          db.broadcasts.where('incidentId').equals(incidentId).toArray(),
          db.broadcastPlans.get(incidentId),
          db.settings.get(cadenceSettingKey),
          db.settings.get('fatigueThresholds'),
        ]);
      const personIds = [...new Set([...checkIns, ...tenures].map((row) => row.personId))];
      const people = (await db.people.bulkGet(personIds)).filter((p) => p !== undefined);
      return {
        incident,
        events,
        people,
        tenures,
        checkIns,
        rests,
        tasks,
        broadcasts,
        cadence: cadenceRow === undefined ? defaultCadence : readCadence(cadenceRow.value),
        cadenceChoice: (plan ?? emptyPlan(incidentId, now)).cadence,
        thresholds:
          thresholdsRow === undefined ? defaultFatigueThresholds : readFatigueThresholds(thresholdsRow.value),
        now,
      };
    },
  );
}
