/**
 * Events of the postmortem: entries tagged for it (root cause, what went well…), the draft as
 * generated, each section the IC edits or asks to regenerate, and its review status. The draft lives in
 * the log, so it is in every backup and replays on another desktop like the rest of the incident.
 */
import type { EventOf } from '../log/event-of';

/** What a log entry can be tagged as for the postmortem. */
export const entryTags = [
  'root-cause',
  'contributing-factor',
  'detection',
  'went-well',
  'went-wrong',
  'lucky',
] as const;
export type EntryTag = (typeof entryTags)[number];

/** The generated sections of a draft, in the order the document reads. */
export const postmortemSections = [
  'summary',
  // Only a drill with a retrospective has it: the scenario, the team's answers, each inject's outcome.
  'drill',
  'impact',
  'timeline',
  'tried',
  'causes',
  'resolution',
  'detection',
  'responders',
  'went-well',
  'went-wrong',
  'lucky',
  'follow-ups',
  'messaging',
] as const;
export type PostmortemSection = (typeof postmortemSections)[number];

export const postmortemStatuses = ['draft', 'reviewed'] as const;
export type PostmortemStatus = (typeof postmortemStatuses)[number];

export type SectionText = { section: PostmortemSection; text: string };

export type EntryTagged = EventOf<'log.entry-tagged', { entryId: string; tag: EntryTag; tagged: boolean }>;
/** The first draft: every section as generated (Markdown, without its heading). */
export type PostmortemDrafted = EventOf<'postmortem.drafted', { title: string; sections: SectionText[] }>;
export type PostmortemSectionEdited = EventOf<'postmortem.section-edited', SectionText>;
/** The IC asked for this section to be generated again from the log, replacing what it said. */
export type PostmortemSectionRegenerated = EventOf<'postmortem.section-regenerated', SectionText>;
export type PostmortemStatusChanged = EventOf<
  'postmortem.status-changed',
  { from: PostmortemStatus; to: PostmortemStatus }
>;

export type PostmortemEvent =
  | EntryTagged
  | PostmortemDrafted
  | PostmortemSectionEdited
  | PostmortemSectionRegenerated
  | PostmortemStatusChanged;

export type PostmortemEventType = PostmortemEvent['type'];

/** The event types the draft is derived from (tags are read apart: the log needs them too). */
export const draftEventTypes = [
  'postmortem.drafted',
  'postmortem.section-edited',
  'postmortem.section-regenerated',
  'postmortem.status-changed',
] as const satisfies readonly PostmortemEventType[];
