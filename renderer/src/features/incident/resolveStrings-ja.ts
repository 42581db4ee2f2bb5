/** The Japanese of ./resolveStrings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { resolveEn } from './resolveStrings';

export const resolveJa: typeof resolveEn = {
  title: '「{{title}}」を解決にしますか?',
  openTasks_one: '未完了のタスクが {{count}} 件あります:',
  openTasks_other: '未完了のタスクが {{count}} 件あります:',
  unassigned: '担当者なし',
  choice: 'これらのタスクの扱い',
  followUp: 'フォローアップに移す(担当者はそのまま、期日は 1 週間後)',
  drop: '取り下げる',
  reason: '取り下げる理由',
  checkOut_one: 'まだ参加中の {{count}} 人を解決時刻でチェックアウトする',
  checkOut_other: 'まだ参加中の {{count}} 人を解決時刻でチェックアウトする',
  resolve: '解決にする',
  checkOutButton: '全員チェックアウト({{count}})',
  checkOutTitle: '{{time}} で全員チェックアウトしますか?',
  checkOutBody: '解決時刻で一人ずつチェックアウトし、それぞれ記録に残します: {{names}}。',
  checkOutSubmit: '全員チェックアウト',
  finalUpdate: 'インシデントは解決しました。関係者に最終報告を送ってください。',
};
