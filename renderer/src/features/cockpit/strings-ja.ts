/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { cockpitEn } from './strings';

export const cockpitJa: typeof cockpitEn = {
  enlarge: '{{panel}}を拡大 (F)',
  restore: 'コックピット全体に戻る (Esc)',
  enlargePanel: 'フォーカス中のパネルを拡大',
  moreNudges_one: 'ほか {{count}} 件の通知を表示',
  moreNudges_other: 'ほか {{count}} 件の通知を表示',
  fewerNudges: '緊急のものだけ表示',
  panels: {
    nudges: '通知',
    roster: '対応者',
    load: '負荷',
    tasks: 'タスク',
    broadcasts: '関係者への報告',
    log: 'インシデントログ',
  },
};
