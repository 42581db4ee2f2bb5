import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../../renderer/src/app/locales/en';
import { ja } from '../../../../../renderer/src/app/locales/ja';
import {
  describeSlackImport,
  describeSlackImportFailure,
} from '../../../../../renderer/src/features/slack-import/describeSlackImport';

async function translator(lng: 'en' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { en: { translation: en }, ja: { translation: ja } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const result = { added: 12, edited: 1, deleted: 1, starred: 0, complete: true };

describe('what an import tells the IC', () => {
  it('counts what it added, edited and deleted, and says when deletions could not be checked', async () => {
    const t = await translator('en');
    expect(describeSlackImport(t, result)).toBe('Imported 12 new messages, 1 edited, 1 deleted');
    expect(describeSlackImport(t, { ...result, added: 1 })).toBe(
      'Imported 1 new message, 1 edited, 1 deleted',
    );
    expect(describeSlackImport(t, { ...result, complete: false })).toMatch(
      /^Imported 12 new messages, 1 edited, 1 deleted\. The channel is longer .* no message was marked deleted\.$/,
    );
    expect(describeSlackImport(await translator('ja'), result)).toBe(
      '新しいメッセージ 12 件を取り込みました (編集 1 件、削除 1 件)',
    );
  });

  it('names the missing permission, the missing connection and an unreachable Slack', async () => {
    const t = await translator('en');
    const scope = {
      code: 'auth',
      message: 'x',
      slackError: 'missing_scope',
      neededScope: 'channels:history',
    } as const;
    expect(describeSlackImportFailure(t, scope)).toMatch(
      /^War Room’s Slack app lacks channels:history, so nothing/,
    );
    expect(describeSlackImportFailure(t, { code: 'auth', message: 'x', slackError: 'not_authed' })).toMatch(
      /^Slack is not connected/,
    );
    expect(
      describeSlackImportFailure(t, { code: 'transient', message: 'x', slackError: 'unreachable' }),
    ).toMatch(/^Slack could not be reached/);
    expect(
      describeSlackImportFailure(t, { code: 'channel', message: 'x', slackError: 'not_in_channel' }),
    ).toMatch(/^Nothing was imported: Slack refused that channel/);
    expect(describeSlackImportFailure(await translator('ja'), scope)).toMatch(
      /channels:history の権限がない/,
    );
  });
});
