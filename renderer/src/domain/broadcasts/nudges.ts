/**
 * The cockpit's reminders about stakeholders: an update due in five minutes, one overdue, and one owed because
 * the status or severity moved. Pure functions of the incident's cadence state and `now`.
 */
import type { IncidentStatus, Severity } from '../incident/types';
import type { BroadcastDue } from './cadence';

type BroadcastNudgeBase = {
  /** Stable across ticks, so the UI can keep a dismissal on it. */
  id: string;
  severity: 'info' | 'warning' | 'critical';
  dueAt: number;
  incidentId: string;
};

/** A reminder about stakeholder updates; `facts` hold what the UI phrases (en, ja). */
export type BroadcastNudge =
  | (BroadcastNudgeBase & { kind: 'broadcast-due-soon'; facts: { dueAt: number } })
  | (BroadcastNudgeBase & { kind: 'broadcast-overdue'; facts: { dueAt: number; minutesLate: number } })
  | (BroadcastNudgeBase & {
      kind: 'broadcast-status-changed';
      /** `first`: nothing was sent yet, so stakeholders have not heard of the incident at all. */
      facts: { status: IncidentStatus; severity: Severity; first: boolean };
    });

export type BroadcastNudgeInput = {
  incidentId: string;
  due: BroadcastDue;
  /** True when status or severity moved since the last broadcast (statusChangePrompt). */
  statusChanged: boolean;
  /** True while no broadcast was sent about the incident yet. */
  neverBroadcast: boolean;
  status: IncidentStatus;
  severity: Severity;
  /** When the status or severity last changed: orders the prompt among other nudges. */
  changedAt: number;
  now: number;
};

/** The broadcast nudges for one incident, if any. A resolved incident still gets its final-update prompt. */
export function broadcastNudges(input: BroadcastNudgeInput): BroadcastNudge[] {
  const nudges: BroadcastNudge[] = [];
  const { due, incidentId } = input;
  if (due.dueAt !== null && due.state === 'due-soon') {
    nudges.push({
      id: `broadcast-due:${incidentId}:${due.dueAt}`,
      kind: 'broadcast-due-soon',
      severity: 'info',
      dueAt: due.dueAt,
      incidentId,
      facts: { dueAt: due.dueAt },
    });
  }
  if (due.dueAt !== null && (due.state === 'due' || due.state === 'overdue')) {
    nudges.push({
      id: `broadcast-overdue:${incidentId}:${due.dueAt}`,
      kind: 'broadcast-overdue',
      severity: due.state === 'overdue' ? 'critical' : 'warning',
      dueAt: due.dueAt,
      incidentId,
      facts: { dueAt: due.dueAt, minutesLate: Math.max(0, Math.floor((input.now - due.dueAt) / 60_000)) },
    });
  }
  if (input.statusChanged) {
    nudges.push({
      id: `broadcast-status:${incidentId}:${input.status}:${input.severity}`,
      kind: 'broadcast-status-changed',
      severity: 'warning',
      dueAt: input.changedAt,
      incidentId,
      facts: { status: input.status, severity: input.severity, first: input.neverBroadcast },
    });
  }
  return nudges;
}
