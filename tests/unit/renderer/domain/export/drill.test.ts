/** Every export of a drill says DRILL at its top, in the reader's language; a real incident's says nothing. */
import { describe, expect, it } from 'vitest';
import {
  drillCsvRows,
  drillMarkdownNotice,
  drillTitle,
} from '../../../../../renderer/src/domain/export/drill';
import {
  postmortemMarkdown,
  type DocumentWords,
  type PostmortemDraft,
} from '../../../../../renderer/src/domain/postmortem';

const drill = { word: 'DRILL', notice: 'This is a drill, not a real incident.' };
const words: DocumentWords = {
  heading: (section) => section,
  date: 'Date: 3 Dec 2026',
  authors: 'Authors: Alice',
  status: (status) => `Status: ${status}`,
};
const draft: PostmortemDraft = {
  title: 'Checkout slow',
  status: 'draft',
  authors: ['Alice'],
  draftedAt: 0,
  sections: [{ section: 'summary', text: 'What happened.', edited: false, changedAt: 0 }],
};

describe('the DRILL marker', () => {
  it('heads the title, a Markdown quote and a CSV row, escaped like any cell', () => {
    expect(drillTitle('Timeline — Checkout slow', drill)).toBe('[DRILL] Timeline — Checkout slow');
    expect(drillMarkdownNotice(drill)).toEqual(['> **DRILL**: This is a drill, not a real incident.', '']);
    expect(drillCsvRows(drill)).toEqual([['[DRILL] This is a drill, not a real incident.']]);
    expect(drillMarkdownNotice({ word: '訓練', notice: 'a | b <x>' })).toEqual([
      '> **訓練**: a \\| b &lt;x>',
      '',
    ]);
  });

  it('is absent for a real incident', () => {
    expect(drillTitle('Timeline', undefined)).toBe('Timeline');
    expect(drillMarkdownNotice(undefined)).toEqual([]);
    expect(drillCsvRows(undefined)).toEqual([]);
  });
});

describe('a drill’s postmortem Markdown', () => {
  it('starts with the marked title and the notice, then the draft as before', () => {
    const lines = postmortemMarkdown(draft, { ...words, drill }).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# [DRILL] Checkout slow',
      '',
      '> **DRILL**: This is a drill, not a real incident.',
      '',
      '- Date: 3 Dec 2026',
    ]);
    expect(postmortemMarkdown(draft, words)).not.toContain('DRILL');
  });
});
