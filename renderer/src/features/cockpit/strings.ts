/** The cockpit's own words: enlarging a panel and the collapsed nudges. */
export const cockpitEn = {
  enlarge: 'Enlarge {{panel}} (F)',
  restore: 'Back to the whole cockpit (Esc)',
  enlargePanel: 'Enlarge the focused panel',
  moreNudges_one: 'Show {{count}} more nudge',
  moreNudges_other: 'Show {{count}} more nudges',
  fewerNudges: 'Show only the most urgent',
  panels: {
    nudges: 'Nudges',
    roster: 'Responders',
    load: 'Load',
    tasks: 'Tasks',
    broadcasts: 'Stakeholder updates',
    log: 'Incident log',
  },
};

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
