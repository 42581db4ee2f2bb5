/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { settingsEn } from './strings';

export const settingsJa: typeof settingsEn = {
  open: '設定',
  sharedRoom: '共有作戦室…',
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
