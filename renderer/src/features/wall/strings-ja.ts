/** The Japanese of ./strings.ts, key for key. */
import type { wallEn } from './strings';

export const wallJa: typeof wallEn = {
  title: 'ウォールディスプレイ',
  keywords: '大画面 モニター プロジェクター 読み取り専用 wall',
  drill: '訓練:本番のインシデントではありません',
  elapsed: '経過 {{duration}}',
  declared: '宣言 {{time}}',
  ic: 'IC {{name}}',
  nextUpdate: '次の関係者向け更新',
  roster: '対応中のメンバー',
  tasks: '未完了のタスク',
  starred: 'ログのスター付き項目',
  nobodyOnDuty: 'チェックインしている人はいません。',
  noTasks: '未完了のタスクはありません。',
  noStarred: 'スター付きの項目はまだありません。',
  unowned: '担当者なし',
  checkBack: '{{time}} に確認',
  checkBackOverdue: '確認期限 {{time}} を過ぎています',
  resting: '休憩中',
  onDuty: '勤務 {{duration}}',
  more_one: '他 {{count}} 件',
  more_other: '他 {{count}} 件',
  leave: 'Esc でウォールディスプレイを閉じる · F で全画面',
  noIncident: '開いているインシデントはありません。',
};
