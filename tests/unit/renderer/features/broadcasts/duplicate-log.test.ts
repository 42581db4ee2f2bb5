/** The log line for a removed duplicate says what happened, in the IC's language, as the log shows it. */
import i18next from 'i18next';
import { beforeAll, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import type { BroadcastDuplicateRemoved } from '../../../../../renderer/src/domain/broadcasts/events';
import { describeEvent } from '../../../../../renderer/src/features/log/describeEvent';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const removed: BroadcastDuplicateRemoved = {
  id: 'e1',
  incidentId: 'inc-1',
  ts: 0,
  recordedAt: 0,
  actor: 'War Room',
  type: 'broadcast.duplicate-removed',
  payload: {
    broadcastId: 'b1',
    channelId: 'C0STAKE01',
    channelName: 'exec-updates',
    ts: '1700000001.000200',
    keptTs: '1700000000.000100',
  },
};

it('reads as a second copy removed from the channel, in English and Japanese', async () => {
  expect(describeEvent(i18n.t, removed)).toBe(
    'A second copy of the stakeholder update reached #exec-updates (a slow earlier send); War Room deleted it, stakeholders see it once',
  );
  await i18n.changeLanguage('ja');
  expect(describeEvent(i18n.t, removed)).toContain('#exec-updates');
  expect(describeEvent(i18n.t, removed)).toContain('削除');
});
