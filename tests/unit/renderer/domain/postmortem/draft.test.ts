import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import {
  buildDraft,
  currentDraft,
  postmortemMarkdown,
  postmortemSections,
  tagsIn,
} from '../../../../../renderer/src/domain/postmortem';
import { documentWords, postmortemWords } from '../../../../../renderer/src/features/postmortem/words';
import { at, event, events, facts, words } from './fixture';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const drafted = event('postmortem.drafted', '02:00', {
  title: 'Postmortem: Checkout errors',
  sections: [
    { section: 'impact', text: 'generated impact' },
    { section: 'summary', text: 'generated summary' },
  ],
});

describe('the current draft', () => {
  it('is null until drafted, then holds each section in the document’s order', () => {
    expect(currentDraft(events)).toBeNull();
    const draft = currentDraft([...events, drafted]);
    expect(draft?.title).toBe('Postmortem: Checkout errors');
    expect(draft?.status).toBe('draft');
    expect(draft?.authors).toEqual(['Alice']);
    expect(draft?.sections.map((s) => [s.section, s.text, s.edited])).toEqual([
      ['summary', 'generated summary', false],
      ['impact', 'generated impact', false],
    ]);
  });

  it('keeps an edit as edited until the IC asks for the section again; the editors become authors', () => {
    const edited = event(
      'postmortem.section-edited',
      '02:10',
      { section: 'impact', text: 'Bob’s words' },
      { actor: 'Bob' },
    );
    const regenerated = event('postmortem.section-regenerated', '02:20', {
      section: 'impact',
      text: 'again',
    });
    const afterEdit = currentDraft([edited, drafted]);
    expect(afterEdit?.sections[1]).toMatchObject({ text: 'Bob’s words', edited: true });
    expect(afterEdit?.authors).toEqual(['Alice', 'Bob']);
    expect(currentDraft([regenerated, edited, drafted])?.sections[1]).toMatchObject({
      text: 'again',
      edited: false,
    });
  });

  it('follows its review status, last change wins', () => {
    const reviewed = event('postmortem.status-changed', '03:00', { from: 'draft', to: 'reviewed' });
    expect(currentDraft([drafted, reviewed])?.status).toBe('reviewed');
  });
});

describe('tags', () => {
  it('are the last tag or untag of each entry in recorded order', () => {
    const tags = tagsIn([
      event('log.entry-tagged', '01:00', { entryId: 'a', tag: 'lucky', tagged: true }),
      event('log.entry-tagged', '01:01', { entryId: 'a', tag: 'went-well', tagged: true }),
      event('log.entry-tagged', '01:02', { entryId: 'a', tag: 'lucky', tagged: false }),
      event('log.entry-tagged', '01:03', { entryId: 'b', tag: 'lucky', tagged: false }),
    ]);
    expect([...tags]).toEqual([['a', new Set(['went-well'])]]);
  });
});

describe('the whole document', () => {
  it('generates every section, and reads title, date, authors, status, then each section in order', () => {
    const generated = buildDraft(facts(), words);
    // Every section but a drill's, which only a drill with a retrospective has.
    expect(generated.sections.map((s) => s.section)).toEqual(postmortemSections.filter((s) => s !== 'drill'));
    const draftEvent = event('postmortem.drafted', '02:00', generated);
    const draft = currentDraft([draftEvent]);
    if (draft === null) throw new Error('no draft');
    const t = i18n.getFixedT('en');
    const markdown = postmortemMarkdown(draft, documentWords(t, draft, '29 Mar 2026'));
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.filter((h) => !h.startsWith('### '))).toEqual([
      '# [title title=Checkout errors]',
      '## Summary',
      '## Impact',
      '## Timeline highlights',
      '## What was tried',
      '## Root cause and contributing factors',
      '## Resolution',
      '## Detection',
      '## Responders and roles',
      '## What went well',
      '## What went wrong',
      '## Where we got lucky',
      '## Follow-ups',
      '## Messaging',
    ]);
    expect(markdown).toContain('- Date: 29 Mar 2026\n- Authors: Alice\n- Status: Draft\n');
  });

  it('reads in English and Japanese with the real strings, times in the one zone named and dated', () => {
    for (const language of ['en', 'ja'] as const) {
      const t = i18n.getFixedT(language);
      const real = postmortemWords(t, {
        locale: language,
        timeZone: 'UTC',
        from: at('22:30'),
        to: at('01:00'),
      });
      const { title, sections } = buildDraft(facts(), real);
      expect(title).toBe(
        language === 'en' ? 'Postmortem: Checkout errors' : 'ポストモーテム: Checkout errors',
      );
      const impact = sections.find((s) => s.section === 'impact')?.text ?? '';
      expect(impact).not.toContain('postmortem.say');
      expect(impact).toContain('UTC');
      expect(impact).toContain('2026');
      const causes = sections.find((s) => s.section === 'causes')?.text ?? '';
      expect(causes).not.toContain('Bob');
    }
    const en = postmortemWords(i18n.getFixedT('en'), { locale: 'en-GB', timeZone: 'UTC', from: 0, to: 0 });
    expect(buildDraft(facts(), en).sections.find((s) => s.section === 'impact')?.text).toContain(
      '- Time at each severity: SEV-2 40 min, SEV-1 1 h 50',
    );
  });

  it('reads every time in one zone, named, across the night London moved to summer time', () => {
    const t = i18n.getFixedT('en');
    const london = postmortemWords(t, {
      locale: 'en-GB',
      timeZone: 'Europe/London',
      from: at('22:30'),
      to: at('01:00'),
    });
    const summary = buildDraft(facts(), london).sections[0]?.text ?? '';
    // Declared at 22:30 GMT; resolved at 01:00 UTC, the instant London's clocks jumped to 02:00 BST.
    expect(summary).toContain('declared at 28/03/2026, 22:30 GMT and resolved at 29/03/2026, 02:00 BST');
  });
});
