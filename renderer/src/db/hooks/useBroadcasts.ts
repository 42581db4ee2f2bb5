import { useLiveQuery } from 'dexie-react-hooks';
import { defaultCadence, type BroadcastSnapshot, type Cadence } from '../../domain/broadcasts/cadence';
import { cadenceSettingKey } from '../../domain/broadcasts/events';
import type { Delivery } from '../../domain/broadcasts/outbox';
import { givenFacts, type GivenFacts } from '../../domain/broadcasts/given';
import { emptyPlan, type BroadcastPlan } from '../../domain/broadcasts/plan';
import type { BroadcastRecord } from '../../domain/broadcasts/record';
import { readCadence } from '../../domain/broadcasts/rules';
import type { Incident } from '../../domain/incident/types';
import { db } from '../index';
import { broadcastsOf, lastBroadcast, readSnapshot } from '../repositories/broadcasts-reads';

/** The incident's broadcast plan; an empty plan until the IC sets one; `undefined` while loading. */
export function useBroadcastPlan(incidentId: string): BroadcastPlan | undefined {
  return useLiveQuery(
    async () => (await db.broadcastPlans.get(incidentId)) ?? emptyPlan(incidentId, 0),
    [incidentId],
  );
}

/** The team's cadence per severity, or the default. */
export function useTeamCadence(): Cadence {
  return (
    useLiveQuery(async () => {
      const row = await db.settings.get(cadenceSettingKey);
      return row === undefined ? defaultCadence : readCadence(row.value);
    }, []) ?? defaultCadence
  );
}

export type BroadcastHistory = {
  broadcasts: BroadcastRecord[];
  /** This desktop's outbox rows, by delivery id (`broadcastId:channelId`). */
  outbox: ReadonlyMap<string, Delivery>;
};

/** The incident's recent broadcasts, newest first, with this desktop's delivery state. */
export function useBroadcastHistory(incidentId: string, limit = 20): BroadcastHistory | undefined {
  return useLiveQuery(async () => {
    const broadcasts = await broadcastsOf(db, incidentId, limit);
    const rows = await db.outbox
      .where('broadcastId')
      .anyOf(broadcasts.map((b) => b.id))
      .toArray();
    return { broadcasts, outbox: new Map(rows.map((row) => [row.id, row])) };
  }, [incidentId, limit]);
}

export type CadenceFacts = {
  lastBroadcast: BroadcastRecord | null;
  /** When Slack last had an update, and whether one is waiting to reach it: the cadence counts from delivery. */
  given: GivenFacts;
  /** The incident as stakeholders would hear it now, to compare with the last broadcast's snapshot. */
  snapshotNow: BroadcastSnapshot;
};

/** What the countdown, the prompts and "nothing changed" read; follows the incident's row and log. */
export function useCadenceFacts(incident: Incident): CadenceFacts | undefined {
  return useLiveQuery(
    async () => ({
      lastBroadcast: await lastBroadcast(db, incident.id),
      given: givenFacts(await broadcastsOf(db, incident.id, 20)),
      snapshotNow: await readSnapshot(db, incident),
    }),
    // The incident row changes with every log line (its count), so the facts follow the log too.
    [incident],
  );
}

export type Invitee = { personId: string; personName: string; slackUserId: string };

/** Checked-in responders who have a Slack user id: the people the war-room channel should hold. */
export function useSlackInvitees(incidentId: string): Invitee[] | undefined {
  return useLiveQuery(async () => {
    const open = await db.checkIns
      .where('incidentId')
      .equals(incidentId)
      .filter((c) => c.checkedOutAt === null)
      .toArray();
    const people = await db.people.bulkGet([...new Set(open.map((c) => c.personId))]);
    return people.flatMap((person) =>
      person?.slackUserId
        ? [{ personId: person.id, personName: person.name, slackUserId: person.slackUserId }]
        : [],
    );
  }, [incidentId]);
}

export type AutoSendCandidate = { incident: Incident; plan: BroadcastPlan; lastBroadcastAt: number | null };

/** Active incidents set to auto-send that have somewhere to send: the auto-sender watches their due times. */
export function useAutoSendCandidates(): AutoSendCandidate[] | undefined {
  return useLiveQuery(async () => {
    const plans = (await db.broadcastPlans.toArray()).filter(
      (p) => p.autoSend && p.stakeholderChannels.length > 0,
    );
    const candidates: AutoSendCandidate[] = [];
    for (const plan of plans) {
      const incident = await db.incidents.get(plan.incidentId);
      if (incident === undefined || incident.status === 'resolved') continue;
      const given = givenFacts(await broadcastsOf(db, plan.incidentId, 20));
      // An update still on its way to Slack is the one owed: queuing another would send both when Slack is back.
      if (given.waiting) continue;
      candidates.push({ incident, plan, lastBroadcastAt: given.lastGivenAt });
    }
    return candidates;
  }, []);
}
