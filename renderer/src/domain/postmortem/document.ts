/**
 * The draft as one Markdown document: the title, then date, authors and status, then each section
 * under its heading in the draft's order. What "Export Markdown" saves and the printable page shows.
 */
import type { PostmortemDraft } from './draft';
import type { PostmortemSection, PostmortemStatus } from './events';
import { drillMarkdownNotice, drillTitle, type DrillMark } from '../export/drill';
import { inline } from './markdown';

export type DocumentWords = {
  heading: (section: PostmortemSection) => string;
  /** "Date: 2 Dec 2026", "Authors: …", "Status: Draft". */
  date: string;
  authors: string;
  status: (status: PostmortemStatus) => string;
  /** Given for a drill: the title and the document say DRILL. */
  drill?: DrillMark;
};

export function postmortemMarkdown(draft: PostmortemDraft, words: DocumentWords): string {
  const header = [
    `# ${inline(drillTitle(draft.title, words.drill))}`,
    '',
    ...drillMarkdownNotice(words.drill),
    `- ${words.date}`,
    `- ${words.authors}`,
    `- ${words.status(draft.status)}`,
  ];
  const sections = draft.sections.flatMap(({ section, text }) => [
    '',
    `## ${words.heading(section)}`,
    '',
    text.trimEnd(),
  ]);
  return [...header, ...sections, ''].join('\n');
}
