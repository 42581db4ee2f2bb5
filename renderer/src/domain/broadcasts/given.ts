/**
 * When stakeholders were last given an update. An update is given when Slack has it (its `broadcast.sent`),
 * not when the IC queued it: with Slack down for minutes, counting from the queue made the countdown promise
 * "next update in 58 min" and silenced the overdue nudge while stakeholders had received nothing.
 */
import type { BroadcastRecord } from './record';

type Broadcast = Pick<BroadcastRecord, 'createdAt' | 'deliveries'>;

/** When Slack first had this broadcast in any of its channels, or null while none has it. */
export function givenAt(broadcast: Broadcast): number | null {
  let first: number | null = null;
  for (const d of Object.values(broadcast.deliveries)) {
    if (d.outcome !== 'sent' || d.at === null) continue;
    if (first === null || d.at < first) first = d.at;
  }
  return first;
}

export type GivenFacts = {
  /** When stakeholders last got an update; null when they have had none. The cadence counts from here. */
  lastGivenAt: number | null;
  /** An update is queued that Slack does not have yet: the countdown says it is waiting. */
  waiting: boolean;
};

/** Where stakeholders stand, from the incident's recent broadcasts (any order). */
export function givenFacts(broadcasts: readonly Broadcast[]): GivenFacts {
  let lastGivenAt: number | null = null;
  for (const b of broadcasts) {
    const at = givenAt(b);
    if (at !== null && (lastGivenAt === null || at > lastGivenAt)) lastGivenAt = at;
  }
  const waiting = broadcasts.some(
    (b) => givenAt(b) === null && Object.values(b.deliveries).some((d) => d.outcome === 'pending'),
  );
  return { lastGivenAt, waiting };
}
