/** Settings words in English (strings-ja.ts has the Japanese); mounted under `settings`. */
export const settingsEn = {
  open: 'Settings',
  sharedRoom: 'Shared war room…',
  fatigueTitle: 'Fatigue thresholds',
  fatigueHelp:
    'Defaults follow NIOSH and NWCG guidance for emergency responders. Change them to your team’s policy.',
  breakDueAfterMinutes: 'Break due after (minutes of work)',
  exhaustedAfterContinuousMinutes: 'Exhausted after (minutes without a break)',
  minBreakMinutes: 'Shortest break that counts (minutes)',
  longRestHours: 'Rest that ends a shift (hours)',
  workRestRatio: 'Work : rest ratio over 24 h',
  dutyWarningHours: 'Plan a hand-over at (hours on duty)',
  dutyLimitHours: 'Relieve at (hours on duty)',
  dutyHardMaxHours: 'Never beyond (hours on duty)',
  nightStartHour: 'Night starts at (hour)',
  nightEndHour: 'Night ends at (hour)',
  nightWeight: 'Weight of a night hour',
  nightCountsTowardLimits:
    'Night hours count with this weight toward the break and duty limits (not only the 24 h balance)',
  save: 'Save',
  cancel: 'Cancel',
  reset: 'Back to defaults',
  saved: 'Fatigue thresholds saved.',
};
