import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import type { PersonDetailsChanged } from '../../../../../renderer/src/domain/roster/events';
import { describeEvent } from '../../../../../renderer/src/features/log/describeEvent';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const changed: PersonDetailsChanged = {
  id: 'e1',
  incidentId: 'inc-1',
  ts: 0,
  recordedAt: 0,
  actor: 'Alice',
  type: 'person.details-changed',
  payload: {
    personId: 'p1',
    personName: 'Bob',
    person: {
      id: 'p1',
      name: 'Bob',
      team: '',
      contact: '',
      slackUserId: null,
      email: null,
      timeZone: 'Europe/Amsterdam',
    },
    changes: [
      { field: 'contact', from: '+31 6 1', to: '' },
      { field: 'timeZone', from: 'UTC', to: 'Europe/Amsterdam' },
    ],
  },
};

describe('the log line for corrected details', () => {
  it('names each change in English and in Japanese', () => {
    expect(describeEvent(i18n.getFixedT('en'), changed)).toBe(
      'Details of Bob changed: Contact +31 6 1 → (none); Time zone UTC → Europe/Amsterdam',
    );
    expect(describeEvent(i18n.getFixedT('ja'), changed)).toBe(
      'Bob の詳細を変更: 連絡先 +31 6 1 → (なし); タイムゾーン UTC → Europe/Amsterdam',
    );
  });
});
