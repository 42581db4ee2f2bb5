import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../preload/contract';
import { describeBridgeError } from '../../../../renderer/src/app/bridgeErrors';
import { en } from '../../../../renderer/src/app/locales/en';
import { ja } from '../../../../renderer/src/app/locales/ja';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('error codes from the main process', () => {
  it('every code has an English and a Japanese string', () => {
    for (const code of errorCodes) {
      expect(en.errors.bridge.codes[code], code).toMatch(/\w/);
      expect(ja.errors.bridge.codes[code], code).toMatch(japanese);
    }
  });

  it('reach a Japanese user in Japanese, whatever main wrote in English', async () => {
    const t = await translator('ja');
    for (const code of errorCodes) {
      const text = describeBridgeError(t, { code, message: 'Something in English from main.' });
      expect(text, code).toMatch(japanese);
      // Only a refused input carries main's words, as the detail of a translated sentence.
      if (code !== 'bad_input') expect(text, code).not.toContain('Something in English');
    }
  });

  it('say what the code means in English, with Slack’s own code and the wait when there is one', async () => {
    const t = await translator('en');
    expect(describeBridgeError(t, { code: 'host_unreachable', message: 'fetch failed' })).toBe(
      'War Room’s own service is not answering. Check that War Room is still running.',
    );
    expect(describeBridgeError(t, { code: 'payload', message: 'x', slackError: 'invalid_arguments' })).toBe(
      'Slack refused the message. Edit it; sending it again as is will not help. (Slack: invalid_arguments)',
    );
    expect(describeBridgeError(t, { code: 'rate_limited', message: 'x', retryAfterSeconds: 30 })).toBe(
      'Slack asked War Room to slow down. It will send again in 30 s; nothing to do.',
    );
    expect(
      describeBridgeError(t, { code: 'bad_input', message: 'The Slack API address must use https://.' }),
    ).toBe(
      'War Room did not accept what was sent, and nothing was changed: The Slack API address must use https://.',
    );
  });

  it('shows main’s words for a code this renderer does not know yet, rather than nothing', async () => {
    const t = await translator('en');
    expect(describeBridgeError(t, { code: 'from_the_future', message: 'New failure' })).toBe(
      'Something went wrong: New failure',
    );
  });
});
