/**
 * What every Slack fault trial does to the outbox and looks at in Slack, shared by the unit fault suite
 * (vitest) and the fault integration spec in tests/e2e/ (Playwright), so no test framework is imported
 * here: declare the incident, queue one update to one channel through the real repository as the composer
 * does, and count the copies stakeholders see. It lives beside the unit rig, not in tests/fixtures/, because
 * it uses the renderer's repositories, which only the test project may import.
 */
import { queueBroadcast } from '../../../renderer/src/db/repositories/broadcasts';
import { declareIncident } from '../../../renderer/src/db/repositories/incidents';
import type { WarRoomDatabase } from '../../../renderer/src/db/schema';
import { buildBroadcastMessage } from '../../../renderer/src/domain/broadcasts/message';
import type { SlackServer } from '../../fixtures/slack-server';

export async function declareCheckoutDown(db: WarRoomDatabase, now: number): Promise<string> {
  return declareIncident(
    db,
    { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    { now, actor: 'Alice' },
  );
}

/** Queues one tactical update to one channel, as the composer does. */
export async function queueUpdate(
  db: WarRoomDatabase,
  input: { incidentId: string; channelId: string; channelName: string; trial: number; now: number },
): Promise<string> {
  const { now } = input;
  const sections = { conditions: `Trial ${input.trial}` };
  const message = buildBroadcastMessage({
    template: 'tactical',
    incidentTitle: 'Checkout down',
    severity: 'SEV-1',
    status: 'investigating',
    commanderName: 'Alice',
    sections,
    nextUpdateBy: null,
    declaredAt: now,
    now,
  });
  return queueBroadcast(
    db,
    {
      incidentId: input.incidentId,
      template: 'tactical',
      sections,
      message,
      channels: [{ channelId: input.channelId, channelName: input.channelName }],
      nextUpdateBy: null,
      snapshot: {
        status: 'investigating',
        severity: 'SEV-1',
        commanderName: 'Alice',
        openTaskCount: 0,
        latestLogEventId: null,
      },
      trigger: 'manual',
    },
    { now, actor: 'Alice' },
  );
}

/** Messages in the channel carrying this broadcast's id in their metadata: what stakeholders see. */
export function copiesInChannel(server: SlackServer, channelId: string, broadcastId: string): number {
  return (server.state.messages.get(channelId) ?? []).filter(
    (m) => m.metadata?.event_payload.broadcast_id === broadcastId,
  ).length;
}
