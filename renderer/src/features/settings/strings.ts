/** Settings words in English and Japanese; mounted under `settings`. */
export const settingsEn = {
  open: 'Settings',
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

export const settingsJa: typeof settingsEn = {
  open: '設定',
  fatigueTitle: '疲労のしきい値',
  fatigueHelp:
    '既定値は緊急対応者向けの NIOSH と NWCG の指針に基づきます。チームの方針に合わせて変更してください。',
  breakDueAfterMinutes: '休憩が必要になるまで (勤務分)',
  exhaustedAfterContinuousMinutes: '限界とみなすまで (休憩なしの分)',
  minBreakMinutes: '休憩とみなす最短時間 (分)',
  longRestHours: 'シフトを終える休息 (時間)',
  workRestRatio: '24 時間の勤務 : 休息 比',
  dutyWarningHours: '引き継ぎを計画する勤務時間 (時間)',
  dutyLimitHours: '交代させる勤務時間 (時間)',
  dutyHardMaxHours: '超えてはならない勤務時間 (時間)',
  nightStartHour: '夜間の開始 (時)',
  nightEndHour: '夜間の終了 (時)',
  nightWeight: '夜間 1 時間の重み',
  nightCountsTowardLimits: '夜間の勤務を重み付きで休憩・勤務時間の上限にも数える (24 時間の比率だけでなく)',
  save: '保存',
  cancel: 'キャンセル',
  reset: '既定値に戻す',
  saved: '疲労のしきい値を保存しました。',
};
