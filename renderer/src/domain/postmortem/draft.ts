/**
 * The postmortem draft as it stands, from its events: each section's text and whether the IC has
 * edited it since it was generated (an edited section is never replaced unless the IC asks), its
 * status, and its authors (everyone who drafted or edited it).
 */
import type { IncidentEvent } from '../log/events';
import { postmortemSections, type PostmortemSection, type PostmortemStatus } from './events';

export type DraftSection = {
  section: PostmortemSection;
  text: string;
  /** The IC's own words since it was last generated. */
  edited: boolean;
  changedAt: number;
};

export type PostmortemDraft = {
  title: string;
  status: PostmortemStatus;
  /** In the order they first wrote in it. */
  authors: string[];
  draftedAt: number;
  sections: DraftSection[];
};

/** The draft from the incident's events (any order, any others among them); null before it is drafted. */
export function currentDraft(events: readonly IncidentEvent[]): PostmortemDraft | null {
  const ordered = events
    .filter((e) => e.type.startsWith('postmortem.'))
    .sort((a, b) => a.recordedAt - b.recordedAt || (a.id < b.id ? -1 : 1));
  let draft: PostmortemDraft | null = null;
  const texts = new Map<PostmortemSection, DraftSection>();
  for (const event of ordered) {
    if (event.type === 'postmortem.drafted') {
      draft ??= { title: '', status: 'draft', authors: [], draftedAt: event.recordedAt, sections: [] };
      draft.title = event.payload.title;
      for (const { section, text } of event.payload.sections) {
        texts.set(section, { section, text, edited: false, changedAt: event.recordedAt });
      }
    } else if (draft === null) {
      continue;
    } else if (
      event.type === 'postmortem.section-edited' ||
      event.type === 'postmortem.section-regenerated'
    ) {
      const { section, text } = event.payload;
      texts.set(section, {
        section,
        text,
        edited: event.type === 'postmortem.section-edited',
        changedAt: event.recordedAt,
      });
    } else if (event.type === 'postmortem.status-changed') {
      draft.status = event.payload.to;
    }
    if (event.type !== 'postmortem.status-changed' && !draft.authors.includes(event.actor)) {
      draft.authors.push(event.actor);
    }
  }
  if (draft === null) return null;
  draft.sections = postmortemSections.flatMap((section) => {
    const known = texts.get(section);
    return known === undefined ? [] : [known];
  });
  return draft;
}
