/**
 * The words a broadcast is written in. A message reaches Slack in one language, whatever the IC's screen
 * shows, so the UI passes a complete set (from i18n) and the domain never picks words itself.
 */
import type { IncidentStatus } from '../incident/types';
import type { BroadcastSectionKey } from './types';

export type BroadcastLabels = {
  /** BCP 47 tag of the message's language; it names the time zone (`GMT+1`, `UTC`). */
  locale: string;
  severity: string;
  status: string;
  commander: string;
  duration: string;
  statusNames: Record<IncidentStatus, string>;
  sections: Record<BroadcastSectionKey, string>;
  /** Stands in for a blank section: Slack refuses an empty section, and stakeholders should see it was left empty. */
  nothingToReport: string;
  /** Stands in for an IC not named yet. */
  notNamed: string;
  nextUpdateBy: (dueTime: string) => string;
  nextUpdateOnStatusChange: string;
  finalUpdate: string;
  formatDuration: (minutes: number) => string;
  /** Pre-filled lines: plain sentences the IC edits before sending. */
  statusFor: (statusName: string, duration: string) => string;
  ledBy: (commanderName: string) => string;
  respondersOnIncident: (count: number) => string;
  ownedBy: (taskTitle: string, ownerName: string) => string;
  ownerNeeded: (taskTitle: string) => string;
  decided: (decision: string) => string;
};

function englishDuration(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 60) return `${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The default wording, and the one tests read. */
export const englishLabels: BroadcastLabels = {
  locale: 'en-US',
  severity: 'Severity',
  status: 'Status',
  commander: 'Incident commander',
  duration: 'Duration',
  statusNames: {
    investigating: 'Investigating',
    identified: 'Identified',
    monitoring: 'Monitoring',
    resolved: 'Resolved',
  },
  sections: {
    conditions: 'Conditions',
    actions: 'Actions',
    needs: 'Needs',
    impact: 'Impact',
    currentStatus: 'Current status',
    nextSteps: 'Next steps',
  },
  nothingToReport: 'Nothing to report',
  notNamed: 'not named yet',
  nextUpdateBy: (dueTime) => `Next update by ${dueTime}`,
  nextUpdateOnStatusChange: 'Next update on the next status change',
  finalUpdate: 'Final update',
  formatDuration: englishDuration,
  statusFor: (statusName, duration) => `${statusName}, ${duration} since the incident was declared.`,
  ledBy: (commanderName) => `Led by ${commanderName}.`,
  respondersOnIncident: (count) =>
    count === 1 ? '1 responder on the incident.' : `${count} responders on the incident.`,
  ownedBy: (taskTitle, ownerName) => `${taskTitle} (${ownerName})`,
  ownerNeeded: (taskTitle) => `An owner for: ${taskTitle}`,
  decided: (decision) => `Decided: ${decision}`,
};
