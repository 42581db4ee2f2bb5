/**
 * A drill's postmortem carries its retrospective: the scenario and its source, the team's three answers
 * and each inject's expected response against what happened. A real incident's draft, and a drill's
 * before anyone wrote the retrospective, keep the sections they always had.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../../renderer/src/domain/backup/event-schemas';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import {
  buildDraft,
  buildSection,
  currentDraft,
  postmortemMarkdown,
  postmortemSections,
} from '../../../../../renderer/src/domain/postmortem';
import { documentWords, postmortemWords } from '../../../../../renderer/src/features/postmortem/words';
import { after, startedAt } from '../drills/play';
import { played, retro } from '../drills/retroPlay';
import { event, facts, incident, words } from './fixture';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const drill = { ...incident, id: 'drill-1', isDrill: true, declaredAt: startedAt, resolvedAt: null };
const withRetro = [
  ...played,
  retro(after(30), 'The cache task went out at once', { support: 'Nobody owned it' }),
];
const drillFacts = (events = withRetro) => facts({ incident: drill, events, now: after(40) });

describe('the drill section of a postmortem', () => {
  it('names the scenario and the postmortem it was built from, and how the drill ended', () => {
    const lines = buildSection('drill', drillFacts(), words).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '[drill.scenario title=Cache stampede]',
      '',
      '- [drill.source organisation=Example title=Postmortem date=2024-05-01 url=https://example.com/]',
      '- [drill.limit minutes=25]',
      '- [drill.ended time=03 10:11]',
    ]);
  });

  it('gives the three answers, a line each as the team wrote them', () => {
    const text = buildSection('drill', drillFacts(), words);
    expect(text).toContain('### [drill.wentWell]\n\nThe cache task went out at once\n');
    expect(text).toContain('### [drill.lucky]\n\nDana was on holiday, not on call\n');
    expect(text).toContain('### [drill.improve]\n\nSend the first update\nbefore anyone asks\n');
  });

  it('tables each inject: when, what, for whom, expected, what happened, the verdict and the note', () => {
    const rows = buildSection('drill', drillFacts(), words)
      .split('\n')
      .filter((l) => l.startsWith('| '));
    expect(rows[0]).toBe(
      '| [drill.columns.at] | [drill.columns.inject] | [drill.columns.for] | [drill.columns.expected] | [drill.columns.happened] | [drill.columns.verdict] | [drill.columns.note] |',
    );
    expect(rows.slice(2, 5)).toEqual([
      '| 0:00 | Inject errors | ops-lead | [drill.expect.task words=cache, CDN] | [drill.happened.detected detail=Flush the CDN cache → Alex after=2m] | [drill.verdicts.in-time] |  |',
      '| 3:00 | Inject support | communications-lead | [drill.expect.update] | [drill.happened.detected detail=drill after=6m] | [drill.verdicts.late] | Nobody owned it |',
      '| 10:00 | Inject dana | incident-commander | [drill.expect.check-in person=Dana] | [drill.happened.none] | [drill.verdicts.missing] |  |',
    ]);
    expect(rows.at(-1)).toBe(
      '| 22:00 | Inject press | communications-lead | [drill.expect.game-master what=No speculation] | [drill.happened.none] | [drill.verdicts.skipped] |  |',
    );
  });

  it('is in a drill’s first draft once the retrospective is saved, right after the summary', () => {
    const sections = buildDraft(drillFacts(), words).sections.map((s) => s.section);
    expect(sections.slice(0, 2)).toEqual(['summary', 'drill']);
    expect(sections).toHaveLength(postmortemSections.length);
  });

  it('is left out of a real incident’s draft and of a drill’s without a retrospective', () => {
    const without = postmortemSections.filter((s) => s !== 'drill');
    expect(buildDraft(facts(), words).sections.map((s) => s.section)).toEqual(without);
    expect(buildDraft(drillFacts(played), words).sections.map((s) => s.section)).toEqual(without);
    expect(buildSection('drill', drillFacts(played), words)).toBe('_[drill.none]_');
  });
});

describe('the drill section in the exported document', () => {
  it('reads in English and Japanese with the real strings, under its own heading', () => {
    for (const language of ['en', 'ja'] as const) {
      const t = i18n.getFixedT(language);
      const real = postmortemWords(t, { locale: language, timeZone: 'UTC', from: startedAt, to: after(11) });
      const draft = currentDraft([event('postmortem.drafted', '02:00', buildDraft(drillFacts(), real))]);
      if (draft === null) throw new Error('no draft');
      const markdown = postmortemMarkdown(draft, documentWords(t, draft, '3 Dec 2026'));
      expect(markdown).not.toContain('postmortem.say');
      expect(markdown).toContain('The cache task went out at once');
      // A backup of the drill keeps the draft with its drill section.
      const drafted = event('postmortem.drafted', '02:00', buildDraft(drillFacts(), real));
      expect(eventSchema.safeParse(drafted).success).toBe(true);
      if (language === 'en') {
        expect(markdown).toContain('## The drill and its retrospective');
        expect(markdown).toContain('Built from Example’s postmortem “Postmortem” (2024-05-01)');
        expect(markdown).toContain('| Late: the contingency came | Nobody owned it |');
      } else {
        expect(markdown).toContain('## 訓練とその振り返り');
        expect(markdown).toContain('| 遅れた: 追加のインジェクトが出た | Nobody owned it |');
      }
    }
  });
});
