/**
 * Writes about stakeholder broadcasts. Queuing appends the broadcast to the log and creates its device-local
 * outbox rows in the same transaction, so a queued broadcast always has something that will deliver it.
 */
import { checkSlackLimits } from '../../domain/broadcasts/limits';
import type { BroadcastSnapshot, Cadence } from '../../domain/broadcasts/cadence';
import { settingsStream } from '../../domain/settings/events';
import type { BroadcastTrigger } from '../../domain/broadcasts/events';
import { newDelivery, requeue, type Delivery } from '../../domain/broadcasts/outbox';
import type { BroadcastTemplate, BroadcastMessage, BroadcastSectionKey } from '../../domain/broadcasts/types';
import { checkCadence, checkCadenceChoice, checkChannels } from '../../domain/broadcasts/rules';
import type { CadenceChoice, ChannelRef } from '../../domain/broadcasts/plan';
import { DomainError } from '../../domain/errors';
import { appendEvents, appendTables, newEvent, newId, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import { toStorageError } from '../storage-errors';

export type QueueInput = {
  incidentId: string;
  /** Given for a broadcast that must exist only once (an auto-sent update per due time); a new id otherwise. */
  broadcastId?: string;
  template: BroadcastTemplate;
  sections: Partial<Record<BroadcastSectionKey, string>>;
  message: BroadcastMessage;
  channels: ChannelRef[];
  nextUpdateBy: number | null;
  snapshot: BroadcastSnapshot;
  trigger: BroadcastTrigger;
};

/** One transaction over the log, the projected tables and the outbox. */
export async function inOutboxTransaction<T>(db: WarRoomDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', [db.outbox, ...appendTables(db)], work);
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Queues a broadcast: checked against Slack's limits first, then logged and handed to the outbox. Returns its
 * id; queuing an id that already exists changes nothing (two windows auto-sending the same update).
 */
export async function queueBroadcast(
  db: WarRoomDatabase,
  input: QueueInput,
  context: RecordContext,
): Promise<string> {
  const channels = checkChannels(input.channels);
  if (channels.length === 0) throw new DomainError('broadcast-no-channel');
  const problems = checkSlackLimits(input.message);
  const first = problems[0];
  if (first !== undefined)
    throw new DomainError('broadcast-too-long', { length: first.length, limit: first.limit });
  if ((await db.incidents.get(input.incidentId)) === undefined) throw new DomainError('unknown-incident');
  const broadcastId = input.broadcastId ?? newId(context.now);
  return inOutboxTransaction(db, async () => {
    if ((await db.broadcasts.get(broadcastId)) !== undefined) return broadcastId;
    const event = newEvent(
      'broadcast.queued',
      input.incidentId,
      {
        broadcastId,
        template: input.template,
        sections: input.sections,
        blocks: input.message.blocks,
        text: input.message.text,
        channels,
        nextUpdateBy: input.nextUpdateBy,
        snapshot: input.snapshot,
        trigger: input.trigger,
      },
      context,
    );
    await appendEvents(db, [event]);
    await db.outbox.bulkPut(
      channels.map((c) => newDelivery({ broadcastId, incidentId: input.incidentId, ...c }, context.now)),
    );
    return broadcastId;
  });
}

async function requireDelivery(db: WarRoomDatabase, deliveryId: string): Promise<Delivery> {
  const delivery = await db.outbox.get(deliveryId);
  if (delivery === undefined) throw new DomainError('unknown-delivery');
  return delivery;
}

/** Sends a failed delivery again once the IC has fixed what Slack refused. */
export async function retryDelivery(
  db: WarRoomDatabase,
  deliveryId: string,
  context: RecordContext,
): Promise<void> {
  await inOutboxTransaction(db, async () => {
    const delivery = await requireDelivery(db, deliveryId);
    if (delivery.state !== 'failed') return;
    const { broadcastId, channelId, channelName, incidentId } = delivery;
    await appendEvents(db, [
      newEvent('broadcast.retried', incidentId, { broadcastId, channelId, channelName }, context),
    ]);
    await db.outbox.put(requeue(delivery, context.now));
  });
}

/** Gives up on a delivery that has not gone out; one in the middle of being sent cannot be taken back. */
export async function discardDelivery(
  db: WarRoomDatabase,
  deliveryId: string,
  context: RecordContext,
): Promise<void> {
  await inOutboxTransaction(db, async () => {
    const delivery = await requireDelivery(db, deliveryId);
    if (delivery.state === 'sent') return;
    // A post on its way cannot be taken back; an earlier one that may have landed is the IC's call (the
    // button says it may already be in Slack).
    if (delivery.state === 'sending') throw new DomainError('delivery-in-flight');
    const { broadcastId, channelId, channelName, incidentId } = delivery;
    await appendEvents(db, [
      newEvent('broadcast.discarded', incidentId, { broadcastId, channelId, channelName }, context),
    ]);
    await db.outbox.delete(deliveryId);
  });
}

export type PlanInput = {
  stakeholderChannels: ChannelRef[];
  cadence: CadenceChoice;
  autoSend: boolean;
  template: BroadcastTemplate;
};

/** Who hears about the incident and how often; logged so the postmortem knows who was told. */
export async function changeBroadcastPlan(
  db: WarRoomDatabase,
  incidentId: string,
  input: PlanInput,
  context: RecordContext,
): Promise<void> {
  const payload = {
    stakeholderChannels: checkChannels(input.stakeholderChannels),
    cadence: checkCadenceChoice(input.cadence),
    autoSend: input.autoSend,
    template: input.template,
  };
  if ((await db.incidents.get(incidentId)) === undefined) throw new DomainError('unknown-incident');
  await appendEvents(db, [newEvent('broadcast.plan-changed', incidentId, payload, context)]);
}

/** The team's cadence per severity, for every incident that follows it. */
export async function saveTeamCadence(
  db: WarRoomDatabase,
  cadence: Cadence,
  context: RecordContext,
): Promise<void> {
  const checked = checkCadence(cadence);
  await appendEvents(db, [
    newEvent('broadcast.cadence-changed', settingsStream, { cadence: checked }, context),
  ]);
}
