/** The cockpit's own words: enlarging a panel and the collapsed nudges, in English (strings-ja.ts has the Japanese). */
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
