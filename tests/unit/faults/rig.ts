/**
 * What the fault suites share: the real handler table and WebClient over the loopback Slack server, with a
 * short request timeout; queueing an update and counting its copies come from trials.ts.
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

// Declaring, queueing and counting copies are shared with the fault integration spec (tests/e2e/).
export { copiesInChannel, declareCheckoutDown, queueUpdate } from './trials';
