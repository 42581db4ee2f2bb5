/**
 * The outbox delivers a drill's update to the drill only: kept in War Room when no drill channel is set (Slack
 * is not called at all), to the drill channel when one is, and never to a stakeholder channel, even from a row
 * that names one (main refuses, the update fails with a clear reason, Slack receives nothing).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDispatcher } from '../../../renderer/src/db/outbox/dispatcher';
import { queueBroadcast } from '../../../renderer/src/db/repositories/broadcasts';
import { declareIncident } from '../../../renderer/src/db/repositories/incidents';
import type { WarRoomDatabase } from '../../../renderer/src/db/schema';
import { drillSandboxChannel, updateChannelsFor } from '../../../renderer/src/domain/broadcasts/drill';
import { buildBroadcastMessage } from '../../../renderer/src/domain/broadcasts/message';
import type { ChannelRef } from '../../../renderer/src/domain/broadcasts/plan';
import { ownLock, startFaultRig, type FaultRig } from './rig';
import { freshDatabase } from '../renderer/db/testDb';

let rig: FaultRig;
let db: WarRoomDatabase;
const policy = {
  baseDelayMs: 20,
  maxDelayMs: 50,
  channelSpacingMs: 10,
  lookupMarginMs: 1_000,
  inFlightWindowMs: 500,
};

beforeAll(async () => {
  rig = await startFaultRig(2_000, ['exec-updates', 'drills']);
});
beforeEach(async () => {
  rig.server.state.messages.clear();
  rig.server.state.requests.length = 0;
  db = freshDatabase();
  await rig.call('slack:set-drill-channel', { channel: null });
});
afterAll(() => rig.server.close());

const channel = (name: string): ChannelRef => {
  const found = rig.server.state.channels.find((c) => c.name === name);
  return { channelId: found?.id ?? '', channelName: name };
};
const received = (name: string) => rig.server.state.messages.get(channel(name).channelId) ?? [];

async function queueDrillUpdate(channels: ChannelRef[]): Promise<string> {
  const now = Date.now();
  const incidentId = await declareIncident(
    db,
    { title: 'Checkout slow', severity: 'SEV-2', commanderName: 'Alice', summary: '', isDrill: true },
    { now, actor: 'Alice' },
  );
  const sections = { conditions: 'Checkout p99 at 4 s' };
  const message = buildBroadcastMessage({
    template: 'tactical',
    incidentTitle: 'Checkout slow',
    severity: 'SEV-2',
    status: 'investigating',
    commanderName: 'Alice',
    sections,
    nextUpdateBy: null,
    declaredAt: now,
    now,
    isDrill: true,
  });
  const snapshot = {
    status: 'investigating' as const,
    severity: 'SEV-2' as const,
    commanderName: 'Alice',
    openTaskCount: 0,
    latestLogEventId: null,
  };
  return queueBroadcast(
    db,
    {
      incidentId,
      template: 'tactical',
      sections,
      message,
      channels,
      nextUpdateBy: null,
      snapshot,
      trigger: 'manual',
    },
    { now, actor: 'Alice' },
  );
}

async function settled(broadcastId: string) {
  await expect
    .poll(async () => (await db.outbox.where('broadcastId').equals(broadcastId).first())?.state, {
      timeout: 10_000,
    })
    .toMatch(/^(sent|failed)$/);
  return db.broadcasts.get(broadcastId);
}

describe('a drill’s update in the outbox', () => {
  it('with no drill channel is delivered to the drill, and Slack is never called', async () => {
    const channels = updateChannelsFor({ isDrill: true }, [channel('exec-updates')], null);
    expect(channels).toEqual([drillSandboxChannel]);
    const id = await queueDrillUpdate(channels);
    const dispatcher = startDispatcher({ db, call: rig.call, policy, lock: ownLock });
    try {
      const broadcast = await settled(id);
      expect(broadcast?.deliveries[drillSandboxChannel.channelId]?.outcome).toBe('sent');
      expect(broadcast?.text.startsWith('[DRILL] ')).toBe(true);
      expect(rig.server.state.requests.filter((r) => r.method === 'chat.postMessage')).toEqual([]);
      const row = await db.outbox.where('broadcastId').equals(id).first();
      expect(row?.checkAt).toBeUndefined();
    } finally {
      await dispatcher.stop();
    }
  });

  it('with a drill channel set reaches only that channel, marked [DRILL]', async () => {
    const drills = channel('drills');
    await rig.call('slack:set-drill-channel', { channel: { id: drills.channelId, name: 'drills' } });
    const channels = updateChannelsFor({ isDrill: true }, [channel('exec-updates')], {
      id: drills.channelId,
      name: 'drills',
    });
    const id = await queueDrillUpdate(channels);
    const dispatcher = startDispatcher({ db, call: rig.call, policy, lock: ownLock });
    try {
      expect((await settled(id))?.deliveries[drills.channelId]?.outcome).toBe('sent');
      expect(received('drills').map((m) => m.text.slice(0, 8))).toEqual(['[DRILL] ']);
      expect(received('exec-updates')).toEqual([]);
    } finally {
      await dispatcher.stop();
    }
  });

  it('queued to a stakeholder channel is refused by main and fails with why; Slack receives nothing', async () => {
    const drills = channel('drills');
    await rig.call('slack:set-drill-channel', { channel: { id: drills.channelId, name: 'drills' } });
    const exec = channel('exec-updates');
    const id = await queueDrillUpdate([exec]);
    const dispatcher = startDispatcher({ db, call: rig.call, policy, lock: ownLock });
    try {
      const delivery = (await settled(id))?.deliveries[exec.channelId];
      expect(delivery?.outcome).toBe('failed');
      expect(delivery?.failure).toMatchObject({ code: 'forbidden', slackError: 'drill_sandbox' });
      expect(received('exec-updates')).toEqual([]);
    } finally {
      await dispatcher.stop();
    }
  });
});
