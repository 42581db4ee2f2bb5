/**
 * The stakeholder updates as Slack had them, and whether each came in time: an update is late when it
 * was given more than a minute after the cadence asked for it (when the cockpit called it overdue),
 * counted from the previous update (or the declaration) at the severity the incident had then.
 */
import { cadenceMinutes, overdueAfterMs } from '../broadcasts/cadence';
import { givenAt } from '../broadcasts/given';
import { cadenceOverrideOf } from '../broadcasts/plan';
import type { BroadcastRecord } from '../broadcasts/record';
import type { Severity } from '../incident/types';
import { endOf, severitySpans, type PostmortemFacts } from './facts';

export type GivenUpdate = { broadcast: BroadcastRecord; givenAt: number };
export type LateUpdate = { givenAt: number; dueAt: number };

export type UpdateTimeliness = {
  given: GivenUpdate[];
  late: LateUpdate[];
  /** An update came due after the last one and none was given before the end: when it was due. */
  missedDueAt: number | null;
};

/** Stakeholder updates Slack had, in the order it had them. */
export function givenUpdates(broadcasts: readonly BroadcastRecord[]): GivenUpdate[] {
  return broadcasts
    .flatMap((broadcast) => {
      const at = givenAt(broadcast);
      return at === null ? [] : [{ broadcast, givenAt: at }];
    })
    .sort((a, b) => a.givenAt - b.givenAt);
}

/** Each given update against the cadence the cockpit was counting down. */
export function updateTimeliness(facts: PostmortemFacts): UpdateTimeliness {
  const spans = severitySpans(facts);
  const severityAt = (t: number): Severity =>
    (spans.findLast((span) => span.from < t) ?? spans[0])?.severity ?? facts.incident.severity;
  const override = cadenceOverrideOf(facts.cadenceChoice);
  const dueAfter = (from: number, at: number): number | null => {
    const minutes = cadenceMinutes({
      severity: severityAt(at),
      cadence: facts.cadence,
      cadenceOverride: override,
    });
    return minutes === null ? null : from + minutes * 60_000;
  };
  const given = givenUpdates(facts.broadcasts);
  const late: LateUpdate[] = [];
  let last = facts.incident.declaredAt;
  for (const update of given) {
    const dueAt = dueAfter(last, update.givenAt);
    if (dueAt !== null && update.givenAt - dueAt >= overdueAfterMs)
      late.push({ givenAt: update.givenAt, dueAt });
    last = update.givenAt;
  }
  const end = endOf(facts);
  const nextDue = dueAfter(last, end);
  return { given, late, missedDueAt: nextDue !== null && end - nextDue >= overdueAfterMs ? nextDue : null };
}
