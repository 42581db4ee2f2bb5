/**
 * The words a broadcast is written in, by the IC's language: Slack gets one language, the one on the IC's
 * screen. English comes from the domain; Japanese is here.
 */
import { englishLabels, type BroadcastLabels } from '../../domain/broadcasts/labels';

function japaneseDuration(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 60) return `${whole} 分`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${hours} 時間` : `${hours} 時間 ${rest} 分`;
}

export const japaneseLabels: BroadcastLabels = {
  locale: 'ja-JP',
  severity: '重大度',
  status: 'ステータス',
  commander: 'インシデントコマンダー',
  duration: '経過時間',
  statusNames: { investigating: '調査中', identified: '原因特定', monitoring: '監視中', resolved: '解決' },
  sections: {
    conditions: '状況',
    actions: '対応',
    needs: '必要なもの',
    impact: '影響',
    currentStatus: '現在の状況',
    nextSteps: '次の一手',
  },
  nothingToReport: '報告事項なし',
  notNamed: '未定',
  nextUpdateBy: (dueTime) => `次の報告は ${dueTime} まで`,
  nextUpdateOnStatusChange: '次の報告はステータス変更時',
  finalUpdate: '最終報告',
  formatDuration: japaneseDuration,
  statusFor: (statusName, duration) => `${statusName}。インシデント宣言から ${duration}。`,
  ledBy: (commanderName) => `指揮: ${commanderName}。`,
  respondersOnIncident: (count) => `対応メンバー ${count} 人。`,
  ownedBy: (taskTitle, ownerName) => `${taskTitle} (${ownerName})`,
  ownerNeeded: (taskTitle) => `担当者が必要: ${taskTitle}`,
  decided: (decision) => `決定: ${decision}`,
};

/** The labels for the IC's current language. */
export function labelsFor(language: string): BroadcastLabels {
  return language.startsWith('ja') ? japaneseLabels : englishLabels;
}

/** The IC's time zone: stakeholders read "next update by" in it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
