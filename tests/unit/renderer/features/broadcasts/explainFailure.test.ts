import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import { explainFailure } from '../../../../../renderer/src/features/broadcasts/explainFailure';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: en }, ja: { translation: ja } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const noEncryption = { code: 'no_encryption', message: 'main process English text' };

describe('explaining a desktop without encryption for the Slack token', () => {
  it('says so in English, with what to do', async () => {
    expect(explainFailure(await translator('en'), noEncryption)).toMatch(
      /no encryption for the Slack token.*Unlock or set up the keychain/,
    );
  });

  it('says so in Japanese', async () => {
    expect(explainFailure(await translator('ja'), noEncryption)).toMatch(/暗号化する手段がありません/);
  });
});
