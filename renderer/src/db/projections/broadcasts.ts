import { cadenceSettingKey, type BroadcastEvent } from '../../domain/broadcasts/events';
import { emptyPlan, type BroadcastPlan, type WarRoomChannel } from '../../domain/broadcasts/plan';
import type { BroadcastRecord, DeliveryRecord } from '../../domain/broadcasts/record';
import type { ProjectionHandlers, ProjectionTables } from './types';

async function updateDelivery(
  tables: ProjectionTables,
  event: Extract<BroadcastEvent, { payload: { broadcastId: string; channelId: string } }>,
  change: (delivery: DeliveryRecord) => Partial<DeliveryRecord>,
): Promise<void> {
  const broadcast = await tables.broadcasts.get(event.payload.broadcastId);
  if (broadcast === undefined) {
    throw new Error(`event ${event.id} refers to unknown broadcast ${event.payload.broadcastId}`);
  }
  const { channelId, channelName } = event.payload;
  const delivery = broadcast.deliveries[channelId] ?? pendingDelivery(channelId, channelName);
  await tables.broadcasts.put({
    ...broadcast,
    deliveries: { ...broadcast.deliveries, [channelId]: { ...delivery, ...change(delivery) } },
  });
}

function pendingDelivery(channelId: string, channelName: string): DeliveryRecord {
  return { channelId, channelName, outcome: 'pending', ts: null, permalink: null, failure: null, at: null };
}

async function updatePlan(
  tables: ProjectionTables,
  event: BroadcastEvent,
  change: (plan: BroadcastPlan) => Partial<BroadcastPlan>,
): Promise<void> {
  const plan = (await tables.broadcastPlans.get(event.incidentId)) ?? emptyPlan(event.incidentId, event.ts);
  await tables.broadcastPlans.put({
    ...plan,
    ...change(plan),
    updatedAt: Math.max(plan.updatedAt, event.ts),
  });
}

async function updateWarRoomChannel(
  tables: ProjectionTables,
  event: BroadcastEvent & { payload: { channelId: string } },
  change: (channel: WarRoomChannel) => Partial<WarRoomChannel>,
): Promise<void> {
  await updatePlan(tables, event, (plan) => {
    const channel = plan.warRoomChannel;
    if (channel === null || channel.channelId !== event.payload.channelId) return {};
    return { warRoomChannel: { ...channel, ...change(channel) } };
  });
}

export const broadcastProjection: ProjectionHandlers<BroadcastEvent> = {
  'broadcast.queued': async (tables, event) => {
    const { broadcastId, channels, ...content } = event.payload;
    const record: BroadcastRecord = {
      id: broadcastId,
      incidentId: event.incidentId,
      createdAt: event.ts,
      createdBy: event.actor,
      ...content,
      channels,
      deliveries: Object.fromEntries(
        channels.map((c) => [c.channelId, pendingDelivery(c.channelId, c.channelName)]),
      ),
    };
    await tables.broadcasts.put(record);
  },
  'broadcast.sent': (tables, event) =>
    updateDelivery(tables, event, () => ({
      outcome: 'sent',
      ts: event.payload.ts,
      permalink: event.payload.permalink,
      failure: null,
      at: event.ts,
    })),
  'broadcast.failed': (tables, event) =>
    updateDelivery(tables, event, () => ({
      outcome: 'failed',
      failure: {
        code: event.payload.code,
        slackError: event.payload.slackError,
        message: event.payload.message,
      },
      at: event.ts,
    })),
  // The delivery stays sent: stakeholders still have the update once; the log line is the record.
  'broadcast.duplicate-removed': async () => undefined,
  'broadcast.retried': (tables, event) =>
    updateDelivery(tables, event, () => ({ outcome: 'pending', failure: null, at: null })),
  'broadcast.discarded': (tables, event) =>
    updateDelivery(tables, event, () => ({ outcome: 'discarded', at: event.ts })),
  'broadcast.plan-changed': (tables, event) => updatePlan(tables, event, () => ({ ...event.payload })),
  'broadcast.cadence-changed': async (tables, event) => {
    await tables.settings.put({ key: cadenceSettingKey, value: event.payload.cadence });
  },
  'slack.channel-created': (tables, event) =>
    updatePlan(tables, event, () => ({
      warRoomChannel: {
        channelId: event.payload.channelId,
        channelName: event.payload.channelName,
        createdAt: event.ts,
        archivedAt: null,
        topic: null,
        invitedSlackUserIds: [],
      },
    })),
  'slack.responders-invited': (tables, event) =>
    updateWarRoomChannel(tables, event, (channel) => ({
      invitedSlackUserIds: [
        ...new Set([...channel.invitedSlackUserIds, ...event.payload.people.map((p) => p.slackUserId)]),
      ],
    })),
  'slack.topic-set': (tables, event) =>
    updateWarRoomChannel(tables, event, () => ({ topic: event.payload.topic })),
  'slack.channel-archived': (tables, event) =>
    updateWarRoomChannel(tables, event, () => ({ archivedAt: event.ts })),
};
