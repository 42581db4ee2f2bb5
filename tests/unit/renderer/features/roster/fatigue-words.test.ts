import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import { assessFatigue } from '../../../../../renderer/src/domain/fatigue/model';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';
import type { FatiguePerson } from '../../../../../renderer/src/domain/fatigue/types';
import { describeFatigue } from '../../../../../renderer/src/features/roster/format';

const at = (iso: string) => Date.parse(iso);
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

/** The replay's pair: checked in at 19:00Z, a break 21:00-21:30Z; 20:00 in Amsterdam, 14:00 in New York. */
const worker = (timeZone: string): FatiguePerson => ({
  personId: timeZone,
  name: timeZone,
  timeZone,
  duty: [{ incidentId: 'inc-1', start: at('2026-12-01T19:00:00Z'), end: null }],
  rests: [{ start: at('2026-12-01T21:00:00Z'), end: at('2026-12-01T21:30:00Z') }],
});

function words(timeZone: string, iso: string, language: 'en' | 'ja'): string {
  const now = at(iso);
  const fatigue = assessFatigue(worker(timeZone), now, defaultFatigueThresholds);
  return describeFatigue(i18n.getFixedT(language), fatigue, now, language);
}

describe('the fatigue sentence on the roster card', () => {
  it('says the night counted for the Amsterdam engineer only, in English and Japanese', () => {
    expect(words('Europe/Amsterdam', '2026-12-02T00:40:00Z', 'en')).toContain(
      '3 h 10 without a break, 1 h 40 of it at night in their time zone',
    );
    expect(words('Europe/Amsterdam', '2026-12-02T00:40:00Z', 'ja')).toContain('本人のタイムゾーンで夜間');
    expect(words('America/New_York', '2026-12-02T00:40:00Z', 'en')).not.toContain('night');
    expect(words('America/New_York', '2026-12-02T00:40:00Z', 'ja')).not.toContain('夜間');
  });

  it('reads a past due time as overdue since, a future one as due at', () => {
    expect(words('America/New_York', '2026-12-02T00:40:00Z', 'en')).toContain('rest overdue since');
    expect(words('America/New_York', '2026-12-02T00:40:00Z', 'en')).not.toContain('rest due at');
    expect(words('America/New_York', '2026-12-01T22:00:00Z', 'en')).toContain('rest due at');
    expect(words('America/New_York', '2026-12-02T00:40:00Z', 'ja')).toContain('休憩が遅れています');
  });
});
