import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import { explainFailure } from '../../../../../renderer/src/features/broadcasts/explainFailure';
import {
  explainConnectFailure,
  explainTokenProblem,
} from '../../../../../renderer/src/features/slack/explainConnectFailure';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: en }, ja: { translation: ja } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const refused = (slackError: string) => ({ code: 'auth' as const, message: 'main English', slackError });

describe('a token Slack refuses while connecting', () => {
  it('is spoken of as the token just pasted: no saved token, nothing to send again', async () => {
    const t = await translator('en');
    for (const slackError of ['invalid_auth', 'token_revoked', 'token_expired', 'account_inactive']) {
      const words = explainConnectFailure(t, refused(slackError));
      expect(words).toMatch(/paste/i);
      expect(words).not.toMatch(/saved|send again/i);
    }
    expect(explainConnectFailure(t, refused('invalid_auth'))).toMatch(/^Slack does not know this token\./);
  });

  it('in Japanese too', async () => {
    const words = explainConnectFailure(await translator('ja'), refused('invalid_auth'));
    expect(words).toMatch(/このトークンを知りません/);
    expect(words).not.toMatch(/保存した|再送信/);
  });

  it('other failures keep the broadcast explanations', async () => {
    const t = await translator('en');
    for (const error of [
      { code: 'transient' as const, message: 'Slack could not be reached.' },
      {
        code: 'auth' as const,
        message: 'main English',
        slackError: 'missing_scope',
        neededScope: 'chat:write',
      },
    ])
      expect(explainConnectFailure(t, error)).toBe(explainFailure(t, error));
  });
});

describe('a token that cannot be one', () => {
  it('says what is wrong, in both languages', async () => {
    expect(explainTokenProblem(await translator('en'), 'inner-space')).toMatch(/space or line break inside/);
    expect(explainTokenProblem(await translator('ja'), 'app-token')).toMatch(/xapp-/);
  });
});
