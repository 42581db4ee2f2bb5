import { useMemo } from 'react';
import { useNow } from '../../app/clock';
import { useBroadcastPlan, useCadenceFacts, useTeamCadence } from '../../db/hooks/useBroadcasts';
import {
  broadcastDue,
  missedWhileClosed,
  nextUpdateBy,
  nothingChangedSince,
  statusChangePrompt,
  type BroadcastDue,
  type BroadcastSnapshot,
  type CadenceInput,
} from '../../domain/broadcasts/cadence';
import { cadenceOverrideOf, type BroadcastPlan } from '../../domain/broadcasts/plan';
import type { BroadcastRecord } from '../../domain/broadcasts/record';
import type { Incident } from '../../domain/incident/types';
import { isMissedDismissed, lastSeenBeforeSession, sessionStartedAt } from './sessionTimes';

export type BroadcastState = {
  plan: BroadcastPlan;
  cadenceInput: CadenceInput;
  due: BroadcastDue;
  /** Status or severity moved since the last broadcast: stakeholders are owed one. */
  statusChanged: boolean;
  /** Nothing stakeholders could hear about changed since the last broadcast. */
  nothingChanged: boolean;
  lastBroadcast: BroadcastRecord | null;
  snapshotNow: BroadcastSnapshot;
  /** The due time of an update that came due while War Room was closed and is not dealt with yet. */
  missedDueAt: number | null;
  /** A due update that must wait for the IC: the incident does not auto-send, or it came due while closed. */
  asksIc: boolean;
  now: number;
};

/** When the update after one sent at `sentAt` is due. */
export function nextUpdateAfter(state: Pick<BroadcastState, 'cadenceInput'>, sentAt: number): number | null {
  return nextUpdateBy({ ...state.cadenceInput, lastBroadcastAt: sentAt });
}

/** Everything the broadcasts panel, its nudges and the auto-sender read about one incident, ticking with the clock. */
export function useBroadcastState(incident: Incident): BroadcastState | undefined {
  const now = useNow();
  const plan = useBroadcastPlan(incident.id);
  const cadence = useTeamCadence();
  const facts = useCadenceFacts(incident);
  return useMemo(() => {
    if (plan === undefined || facts === undefined) return undefined;
    const last = facts.lastBroadcast;
    const cadenceInput: CadenceInput = {
      severity: incident.severity,
      status: incident.status,
      declaredAt: incident.declaredAt,
      // Stakeholders were given an update when Slack had it, not when it was queued.
      lastBroadcastAt: facts.given.lastGivenAt,
      waitingForSlack: facts.given.waiting,
      cadence,
      cadenceOverride: cadenceOverrideOf(plan.cadence),
    };
    const due = broadcastDue({ ...cadenceInput, now });
    const missed =
      lastSeenBeforeSession === null
        ? []
        : missedWhileClosed({ due: [due], lastSeenAt: lastSeenBeforeSession, now: sessionStartedAt });
    const missedDueAt = missed[0]?.dueAt ?? null;
    const shownMissed =
      missedDueAt !== null && !isMissedDismissed(incident.id, missedDueAt) ? missedDueAt : null;
    const isDue = due.state === 'due' || due.state === 'overdue';
    return {
      plan,
      cadenceInput,
      due,
      statusChanged: statusChangePrompt(last?.snapshot ?? null, incident),
      nothingChanged: nothingChangedSince(last?.snapshot ?? null, facts.snapshotNow),
      lastBroadcast: last,
      snapshotNow: facts.snapshotNow,
      missedDueAt: shownMissed,
      asksIc: isDue && (!plan.autoSend || (due.dueAt ?? 0) < sessionStartedAt),
      now,
    };
  }, [plan, facts, cadence, incident, now]);
}
