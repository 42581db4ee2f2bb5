/** Why the IC is composing an update: what the log and the update history will say prompted it. */
import type { BroadcastTrigger } from './events';

export type TriggerFacts = {
  /** Stakeholders were already sent (or queued) an update about this incident. */
  hasBroadcast: boolean;
  /** A cadence update is due and waits for the IC. */
  asksIc: boolean;
  /** Status or severity moved since the last update (always true before the first one). */
  statusChanged: boolean;
};

/**
 * The trigger of the update about to be composed. The first update is the first, whichever prompt opened
 * it: before any update the "status changed" prompt is true only because nothing was told yet, so calling
 * it a status change would log one that never happened. `prompt` is the prompt the IC answered, if any.
 */
export function composeTrigger(
  facts: TriggerFacts,
  prompt?: Extract<BroadcastTrigger, 'cadence' | 'status-change'>,
): BroadcastTrigger {
  if (!facts.hasBroadcast) return 'first';
  if (prompt !== undefined) return prompt;
  if (facts.asksIc) return 'cadence';
  return facts.statusChanged ? 'status-change' : 'manual';
}
