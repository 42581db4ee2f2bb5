/**
 * Everything the cockpit nags the IC about, from one pure function of state and `now`. Each concern
 * (responders, tasks, broadcasts, load) contributes its own rules; this file only gathers and orders.
 */
import type { LoadNudge } from '../analytics/load-nudge';
import type { BroadcastNudge } from '../broadcasts/nudges';
import type { DrillInjectNudge } from '../drills/nudges';
import type { Nudge as ResponderNudge } from '../fatigue/nudges';
import type { IncidentStatus } from '../incident/types';
import type { TaskNudge } from '../tasks/nudges';

export type { BroadcastNudge, ResponderNudge, TaskNudge };

/** A nudge of any concern. Later concerns add their own members to this union. */
export type CockpitNudge = ResponderNudge | TaskNudge | BroadcastNudge | LoadNudge | DrillInjectNudge;

const severityRank = { critical: 2, warning: 1, info: 0 } as const;

/**
 * Most urgent first: severity, then what came due earliest. Two concerns may spot the same hero:
 * when the load rule (share of open tasks) names someone, the task board's "holds much more than the
 * others" nudge about the same person is dropped, so the IC reads it once.
 */
export function orderNudges(nudges: readonly CockpitNudge[]): CockpitNudge[] {
  const concentrated = new Set(nudges.flatMap((n) => (n.kind === 'load-concentration' ? [n.personId] : [])));
  const distinct = nudges.filter((n) => !(n.kind === 'task-load' && concentrated.has(n.personId)));
  return distinct.sort((a, b) => severityRank[b.severity] - severityRank[a.severity] || a.dueAt - b.dueAt);
}

/**
 * Once the incident is resolved nothing of the response is asked of anyone any more: no task or
 * check-back, rest, hand-over or load nudge. What stays is the prompt to tell stakeholders it is
 * over (the final update), until it is given. Reopening brings the rest back with the live facts.
 */
export function nudgesFor(status: IncidentStatus, nudges: readonly CockpitNudge[]): CockpitNudge[] {
  return status === 'resolved' ? nudges.filter((n) => n.kind === 'broadcast-status-changed') : [...nudges];
}
