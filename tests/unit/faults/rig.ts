/**
 * What the fault suites share: the real handler table and WebClient over the loopback Slack server, with a
 * short request timeout, and a way to queue one update per channel through the real repository.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createHandlers, dispatch } from '../../../main/handlers';
import { browserHostPlatform } from '../../../main/services/browser-platform';
import type { BridgeResult, MethodName, MethodOutput } from '../../../preload/contract';
import type { BridgeCall } from '../../../renderer/src/db/outbox/dispatcher';
import type { LockRunner } from '../../../renderer/src/db/outbox/locks';
import { queueBroadcast } from '../../../renderer/src/db/repositories/broadcasts';
import { declareIncident } from '../../../renderer/src/db/repositories/incidents';
import type { WarRoomDatabase } from '../../../renderer/src/db/schema';
import { buildBroadcastMessage } from '../../../renderer/src/domain/broadcasts/message';
import { DEFAULT_TOKEN, startSlackServer, type SlackServer } from '../../fixtures/slack-server';

/** Each dispatcher runs over its own database, side by side, so none waits for another's lock. */
export const ownLock: LockRunner = async (_name, signal, work) => {
  if (!signal.aborted) await work();
};

export type FaultRig = { server: SlackServer; call: BridgeCall };

/** The loopback Slack server with these channels, and a bridge call through the real handlers to it. */
export async function startFaultRig(timeoutMs: number, channelNames: string[]): Promise<FaultRig> {
  const server = await startSlackServer({
    rateLimit: false,
    channels: channelNames.map((name) => ({ name })),
  });
  const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-faults-'));
  const table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
    slackRequestTimeoutMs: timeoutMs,
  });
  const call: BridgeCall = async <M extends MethodName>(method: M, input: unknown) =>
    (await dispatch(table, method, input)) as BridgeResult<MethodOutput<M>>;
  expect((await call('slack:save-token', { token: DEFAULT_TOKEN, apiUrl: server.url })).ok).toBe(true);
  return { server, call };
}

/** Messages in the channel carrying this broadcast's id: what stakeholders see. */
export function copiesInChannel(server: SlackServer, channelId: string, broadcastId: string): number {
  return (server.state.messages.get(channelId) ?? []).filter(
    (m) => m.metadata?.event_payload.broadcast_id === broadcastId,
  ).length;
}

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
