/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { snapshotsEn } from './strings';

export const snapshotsJa: typeof snapshotsEn = {
  open: 'バックアップ',
  keywords: 'スナップショット 復元 バックアップ 元に戻す 自動 snapshots restore backup',
  title: 'バックアップ',
  help: 'War Room は変更があるあいだ 15 分ごとに、またインポートや復元の前に、このデスクトップの全データを保存します。選ぶと、このデスクトップをその時点の状態に戻せます。',
  where: '保存場所: {{folder}}',
  list: 'スナップショット (新しい順)',
  loading: 'スナップショットを読み込んでいます…',
  none: 'スナップショットはまだありません。何か変更があると、まもなく最初の 1 つが保存されます。',
  detail: '{{reason}} · {{size}}',
  reasons: {
    scheduled: '15 分ごと',
    'before-import': 'インポートの前',
    'before-restore': '復元の前',
  },
  close: '閉じる',
  confirmTitle: 'このスナップショットを復元しますか?',
  confirm:
    'このデスクトップのすべてを {{time}} のスナップショットで置き換えますか? 現在の状態は先にスナップショットとして保存されます。',
  restore: '復元',
  cancel: 'キャンセル',
  restoring: '{{time}} のスナップショットを復元しています…',
  restored_one: '{{time}} のスナップショットを復元しました ({{count}} 件のイベント)。',
  restored_other: '{{time}} のスナップショットを復元しました ({{count}} 件のイベント)。',
  refused: '{{time}} のスナップショットは受け付けられず、このデスクトップは変更していません: {{problem}}',
  failed: '{{time}} のスナップショットを復元できませんでした: {{message}} 何も変更していません。',
  saveFailed: '復元の前にスナップショットを保存できませんでした ({{message}})。何も変更していません。',
  scheduleFailed:
    '自動スナップショットを保存できませんでした ({{message}})。作業内容はこのデスクトップに残っています。15 分後にもう一度試します。',
  sizeKb: '{{size}} KB',
  sizeMb: '{{size}} MB',
};
