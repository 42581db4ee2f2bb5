/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { paletteEn } from './strings';

export const paletteJa: typeof paletteEn = {
  title: 'コマンドパレット',
  label: 'コマンド',
  placeholder: 'コマンドを入力… (↑↓ で選択、Enter で実行、Esc で閉じる)',
  results: 'コマンド',
  noMatch: '一致するコマンドはありません。',
  shortcut: 'ショートカット {{keys}}',
  groups: {
    incident: 'インシデント',
    tasks: 'タスク',
    runbooks: 'ランブック',
    responders: '対応メンバー',
    log: 'ログ',
    panels: '移動',
  },
  changeStatus: 'インシデントのステータスを変更…',
  statusQuery: 'ステータス:',
  setStatus: 'ステータス: {{status}}',
  setSeverity: '重大度: {{severity}}',
  addLogEntry: 'ログを追加',
  goTo: '{{panel}} へ移動',
  panels: {
    tasks: 'タスク',
    log: 'インシデントログ',
    roster: '対応メンバー',
    nudges: '通知',
    incidents: 'インシデント一覧',
  },
};
