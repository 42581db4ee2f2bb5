/** The update an auto-send incident sends on its own when due: the IC's default template, pre-filled. */
import { call } from '../../bridge';
import { db } from '../../db';
import { queueBroadcast } from '../../db/repositories/broadcasts';
import { readIncidentFacts, readSnapshot } from '../../db/repositories/broadcasts-reads';
import { nextUpdateBy, type Cadence } from '../../domain/broadcasts/cadence';
import { updateChannelsFor, type DrillChannelSetting } from '../../domain/broadcasts/drill';
import type { BroadcastLabels } from '../../domain/broadcasts/labels';
import { buildBroadcastMessage } from '../../domain/broadcasts/message';
import { cadenceOverrideOf, type BroadcastPlan } from '../../domain/broadcasts/plan';
import { prefillSections } from '../../domain/broadcasts/prefill';
import type { Incident } from '../../domain/incident/types';
import { draftFor } from './draft';

/** The id of the update due at `dueAt`: every window that auto-sends it queues the same one, so it goes once. */
export function autoBroadcastId(incidentId: string, dueAt: number): string {
  return `auto-${incidentId}-${dueAt}`;
}

/** The drill channel as main keeps it; none when main cannot say (the update then stays in War Room). */
async function currentDrillChannel(): Promise<DrillChannelSetting> {
  const status = await call('slack:status', {});
  return status.ok ? status.value.drillChannel : null;
}

/** Queues the due update of an auto-send incident. */
export async function queueDueUpdate(input: {
  incident: Incident;
  plan: BroadcastPlan;
  cadence: Cadence;
  dueAt: number;
  now: number;
  labels: BroadcastLabels;
  timeZone: string;
}): Promise<void> {
  const { incident, plan, now, labels, timeZone } = input;
  const facts = await readIncidentFacts(db, incident, now, timeZone);
  const sections = prefillSections(plan.template, facts, labels);
  const next = nextUpdateBy({
    severity: incident.severity,
    status: incident.status,
    declaredAt: incident.declaredAt,
    lastBroadcastAt: now,
    cadence: input.cadence,
    cadenceOverride: cadenceOverrideOf(plan.cadence),
  });
  const message = buildBroadcastMessage(
    draftFor(incident, { template: plan.template, sections, nextUpdateBy: next, now, timeZone }),
    labels,
  );
  await queueBroadcast(
    db,
    {
      incidentId: incident.id,
      broadcastId: autoBroadcastId(incident.id, input.dueAt),
      template: plan.template,
      sections,
      message,
      channels: updateChannelsFor(
        incident,
        plan.stakeholderChannels,
        incident.isDrill ? await currentDrillChannel() : null,
      ),
      nextUpdateBy: next,
      snapshot: await readSnapshot(db, incident),
      trigger: 'auto',
    },
    { now, actor: 'War Room' },
  );
}
