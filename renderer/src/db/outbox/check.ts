/**
 * The check after a send (see domain/broadcasts/duplicates.ts): look for every copy of the broadcast in the
 * channel, delete any but the one kept, log each deletion, and store when to look again.
 */
import { broadcastMetadataEventType } from '../../domain/broadcasts/events';
import { afterCheck, afterCheckFailed, sortCopies, withoutCheck } from '../../domain/broadcasts/duplicates';
import { lookupOldest, type Delivery, type RetryPolicy } from '../../domain/broadcasts/outbox';
import type { RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import type { BridgeCall } from './dispatcher';
import { recordDuplicateRemoved, saveDelivery } from './store';

export type CheckInput = {
  db: WarRoomDatabase;
  call: BridgeCall;
  policy: RetryPolicy;
  now: () => number;
  context: () => RecordContext;
  /** False once the dispatcher stopped or crashed: nothing more is written then. */
  alive: () => boolean;
};

/** Checks one sent delivery's channel for extra copies; answers the row as stored afterwards. */
export async function checkForCopies(input: CheckInput, delivery: Delivery): Promise<Delivery> {
  const { db, call, policy, now } = input;
  const channel = delivery.channelId;
  const lookup = await call('slack:find-message', {
    channel,
    eventType: broadcastMetadataEventType,
    broadcastId: delivery.broadcastId,
    oldest: lookupOldest(delivery, policy),
  });
  if (!input.alive()) return delivery;
  if (!lookup.ok) return store(input, afterCheckFailed(delivery, now(), policy));
  const { keep, remove } = sortCopies(lookup.value.copies, delivery.sentTs);
  const row = afterCheck({ ...delivery, ...(keep === undefined ? {} : { sentTs: keep }) }, now(), policy);
  for (const ts of remove) {
    const removed = await call('slack:delete-message', { channel, ts });
    if (!input.alive()) return row;
    if (!removed.ok) {
      // Slack refusing for good (not our message, no permission) will not change: stop checking.
      const failed =
        removed.error.permanent === true ? withoutCheck(row) : afterCheckFailed(row, now(), policy);
      return store(input, failed);
    }
    await recordDuplicateRemoved(db, row, ts, input.context());
  }
  return store(input, row);
}

async function store(input: CheckInput, row: Delivery): Promise<Delivery> {
  if (input.alive()) await saveDelivery(input.db, row);
  return row;
}
