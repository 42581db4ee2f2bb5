/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { slackImportEn } from './strings';

export const slackImportJa: typeof slackImportEn = {
  command: 'Slack の会話を取り込む',
  keywords: 'slack チャンネル メッセージ 履歴 スレッド タイムライン',
  importing: 'インシデントの Slack チャンネルを読み込んでいます…',
  imported_one: '新しいメッセージ {{count}} 件を取り込みました (編集 {{edited}} 件、削除 {{deleted}} 件)',
  imported_other: '新しいメッセージ {{count}} 件を取り込みました (編集 {{edited}} 件、削除 {{deleted}} 件)',
  partial: '{{result}}。チャンネルが一度に読める量より長いため、削除済みとしたメッセージはありません。',
  edited: '編集済み',
  deleted: 'Slack で削除',
  openInSlack: 'Slack で開く',
  starReaction: 'スターを付けるリアクション',
  starReactionHelp:
    'インシデントのチャンネルを取り込むとき、ピン留めされたメッセージとこのリアクションが付いたメッセージにログでスターを付けます。',
  saveStarReaction: '保存',
  failed: {
    notConnected:
      'Slack に接続していないため、何も取り込んでいません。先に Slack に接続してください (Slack 接続)。',
    missingScope:
      'War Room の Slack アプリに {{scope}} の権限がないため、何も取り込んでいません。Slack 管理者に {{scope}} を追加してアプリを再インストールしてもらい、もう一度取り込んでください。',
    unreachable:
      'Slack に接続できなかったため、何も取り込んでいません。ネットワークを確認して、もう一度取り込んでください。',
    other: '何も取り込んでいません: {{reason}}',
  },
};
