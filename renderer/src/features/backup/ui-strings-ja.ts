/** The Japanese of ./ui-strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { backupUiEn } from './ui-strings';

export const backupUiJa: typeof backupUiEn = {
  keywords:
    'バックアップ エクスポート インポート 復元 移動 ファイル 保存 backup export import restore move file',
  exportAll: 'バックアップをエクスポート…',
  exportIncident: 'このインシデントをエクスポート…',
  import: 'バックアップをインポート…',
  building: 'バックアップを作成しています…',
  progress: '{{total}} 件中 {{done}} 件のイベント',
  exported_one: 'バックアップを保存しました（イベント {{count}} 件）: {{path}}',
  exported_other: 'バックアップを保存しました（イベント {{count}} 件）: {{path}}',
  tooLarge:
    'バックアップが {{size}} あり、1 つのファイルの上限 {{max}} を超えています。インシデントごとにエクスポートしてください。',
  importTitle: 'バックアップのインポート',
  importHelp:
    'War Room のバックアップファイル（.warroom-backup.json）を選んでください。内容を確認して「インポート」を押すまで何も書き込みません。',
  chooseFile: 'バックアップファイルを選ぶ…',
  chooseAnother: '別のファイルを選ぶ…',
  reading: '{{name}} を読み込んでいます…',
  fileTooLarge:
    '{{name}} は {{size}} あります。バックアップファイルは {{max}} までです。何もインポートしていません。',
  unreadable: '{{name}} を読み込めませんでした: {{message}}。何もインポートしていません。',
  refusedFile: '{{name}}: {{problem}}',
  scopeAll: 'War Room 全体のバックアップ、{{time}} 作成（バージョン {{version}}）。',
  scopeIncident: '「{{title}}」のバックアップ、{{time}} 作成（バージョン {{version}}）。',
  alreadyImported: 'このファイルは {{time}} にここでインポート済みです。',
  incidents: 'インシデント',
  incident: 'インシデント',
  newIncident: '新規',
  knownIncident: 'ここにあります',
  eventsColumn: 'イベント 新規 / 既存',
  summaryEvents: 'イベント: 新規 {{new}} 件、既存 {{known}} 件',
  summaryPeople: '人: 新規 {{new}} 人、名簿に既存 {{known}} 人',
  summaryOutbox_one: '未送信のステークホルダー向け更新 {{count}} 件',
  summaryOutbox_other: '未送信のステークホルダー向け更新 {{count}} 件',
  nothingNew: 'このファイルの内容はすべてここにあります。インポートしても何も変わりません。',
  snapshotFailed:
    'インポート前のスナップショットを保存できませんでした（{{message}}）。何もインポートしていません。',
  importSubmit: 'インポート',
  importing: 'インポートしています…',
  imported_one: '{{count}} 件のイベントをインポートしました（{{alreadyHere}} 件は既存）。',
  imported_other: '{{count}} 件のイベントをインポートしました（{{alreadyHere}} 件は既存）。',
  importedNothing: '新しいものはありません。{{alreadyHere}} 件のイベントはすべて既存です。',
  openIncident: '「{{title}}」を開く',
  cancel: 'キャンセル',
  close: '閉じる',
};
