import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDuration } from '../../../../renderer/src/app/format';
import { en } from '../../../../renderer/src/app/locales/en';
import { ja } from '../../../../renderer/src/app/locales/ja';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const minutes = (n: number) => n * 60_000;

describe('durations in the IC’s language', () => {
  it('reads “36 min” and “5 h 10” in English, 36分 and 5時間10分 in Japanese', async () => {
    const enT = await translator('en');
    const jaT = await translator('ja');
    expect(formatDuration(enT, 36)).toBe('36 min');
    expect(formatDuration(enT, 310)).toBe('5 h 10');
    expect(formatDuration(enT, 305)).toBe('5 h 05');
    expect(formatDuration(jaT, 36)).toBe('36分');
    expect(formatDuration(jaT, 310)).toBe('5時間10分');
  });

  it('writes a countdown in words, never like the clock time 14:14', async () => {
    const enT = await translator('en');
    const jaT = await translator('ja');
    expect(formatCountdown(enT, minutes(14) + 14_000)).toBe('14 min 14 s');
    expect(formatCountdown(enT, minutes(15))).toBe('15 min');
    expect(formatCountdown(enT, 500)).toBe('1 s');
    expect(formatCountdown(enT, 0)).toBe('0 s');
    expect(formatCountdown(enT, minutes(62) + 3_000)).toBe('1 h 2 min 3 s');
    expect(formatCountdown(jaT, minutes(14) + 14_000)).toBe('14分14秒');
    expect(formatCountdown(jaT, minutes(62) + 3_000)).toBe('1時間2分3秒');
  });
});
