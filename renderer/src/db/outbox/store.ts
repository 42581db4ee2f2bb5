/**
 * The outbox rows: device-local delivery state, written with plain Dexie because they are not events (each
 * desktop delivers its own copy). What the log must know — sent with its permalink, or failed — is appended in
 * the same transaction as the row that says so.
 */
import { markSent, type Delivery, type DeliveryError } from '../../domain/broadcasts/outbox';
import { appendEvents, newEvent, type RecordContext } from '../append';
import { inOutboxTransaction } from '../repositories/broadcasts';
import type { WarRoomDatabase } from '../schema';

/** Rows still to go out, in every incident. */
export async function pendingDeliveries(db: WarRoomDatabase): Promise<Delivery[]> {
  return db.outbox.where('state').anyOf(['queued', 'sending']).toArray();
}

/** Stores a row's new state, unless the IC discarded it meanwhile. */
export async function saveDelivery(db: WarRoomDatabase, delivery: Delivery): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    if ((await db.outbox.get(delivery.id)) !== undefined) await db.outbox.put(delivery);
  });
}

/**
 * The broadcast is in the channel: the row says sent (and that its channel is to be checked for extra copies),
 * and the log gets one line with the permalink.
 */
export async function recordSent(
  db: WarRoomDatabase,
  delivery: Delivery,
  posted: { ts: string; permalink: string },
  context: RecordContext,
): Promise<Delivery> {
  const sent = markSent(delivery, context.now, posted.ts);
  await inOutboxTransaction(db, async () => {
    await db.outbox.put(sent);
    const broadcast = await db.broadcasts.get(delivery.broadcastId);
    if (broadcast?.deliveries[delivery.channelId]?.outcome === 'sent') return;
    const { broadcastId, channelId, channelName, incidentId } = delivery;
    await appendEvents(db, [
      newEvent('broadcast.sent', incidentId, { broadcastId, channelId, channelName, ...posted }, context),
    ]);
  });
  return sent;
}

/** Sent rows whose channel is still to be checked for extra copies: read once when a dispatcher starts. */
export async function deliveriesToCheck(db: WarRoomDatabase): Promise<Delivery[]> {
  return db.outbox
    .where('state')
    .equals('sent')
    .filter((d) => d.checkAt !== undefined)
    .toArray();
}

/** An extra copy was deleted from the channel: the row notes the check, and the log says what happened. */
export async function recordDuplicateRemoved(
  db: WarRoomDatabase,
  delivery: Delivery,
  removedTs: string,
  context: RecordContext,
): Promise<void> {
  await inOutboxTransaction(db, async () => {
    await db.outbox.put(delivery);
    const { broadcastId, channelId, channelName, incidentId } = delivery;
    await appendEvents(db, [
      newEvent(
        'broadcast.duplicate-removed',
        incidentId,
        { broadcastId, channelId, channelName, ts: removedTs, keptTs: delivery.sentTs ?? null },
        context,
      ),
    ]);
  });
}

/** Slack refused for good: the row says failed, and the log says why. */
export async function recordFailed(
  db: WarRoomDatabase,
  delivery: Delivery,
  error: DeliveryError,
  context: RecordContext,
): Promise<void> {
  await inOutboxTransaction(db, async () => {
    if ((await db.outbox.get(delivery.id)) === undefined) return;
    await db.outbox.put(delivery);
    const { broadcastId, channelId, channelName, incidentId } = delivery;
    await appendEvents(db, [
      newEvent(
        'broadcast.failed',
        incidentId,
        {
          broadcastId,
          channelId,
          channelName,
          code: error.code,
          slackError: error.slackError ?? null,
          message: error.message,
        },
        context,
      ),
    ]);
  });
}
