/**
 * A drill's update with no drill channel set: it is delivered to the drill, in War Room, and never to Slack.
 * The log says sent (so the drill's cadence counts from it, as a real one counts from Slack's answer) with no
 * Slack ts and no link, and the row has nothing left to check in a channel.
 */
import { markSent, type Delivery } from '../../domain/broadcasts/outbox';
import { appendEvents, newEvent, type RecordContext } from '../append';
import { inOutboxTransaction } from '../repositories/broadcasts';
import type { WarRoomDatabase } from '../schema';
import { recordFailed } from './store';

/** The drill's own "channel" took the update; a real incident's update can never go there. */
export async function recordDeliveredToDrill(
  db: WarRoomDatabase,
  delivery: Delivery,
  drill: boolean,
  context: RecordContext,
): Promise<void> {
  if (!drill) {
    const message = 'Only a drill’s updates can be kept in War Room; this incident is not a drill.';
    await recordFailed(db, { ...delivery, state: 'failed' }, { code: 'forbidden', message }, context);
    return;
  }
  // No copy in any Slack channel to look for later, so no checkAt.
  const { checkAt: _noCopiesToCheck, ...delivered } = markSent(delivery, context.now, '');
  await inOutboxTransaction(db, async () => {
    if ((await db.outbox.get(delivery.id)) === undefined) return;
    await db.outbox.put(delivered);
    const broadcast = await db.broadcasts.get(delivery.broadcastId);
    if (broadcast?.deliveries[delivery.channelId]?.outcome === 'sent') return;
    const { broadcastId, channelId, channelName, incidentId } = delivery;
    await appendEvents(db, [
      newEvent(
        'broadcast.sent',
        incidentId,
        { broadcastId, channelId, channelName, ts: '', permalink: '' },
        context,
      ),
    ]);
  });
}
