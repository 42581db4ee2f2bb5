/** Broadcast writes over a real (fake-indexeddb) database: events, projection and outbox rows together. */
import { afterEach, describe, expect, it } from 'vitest';
import { appendEvents } from '../../../../../renderer/src/db/append';
import { recordFailed, recordSent } from '../../../../../renderer/src/db/outbox/store';
import {
  changeBroadcastPlan,
  discardDelivery,
  queueBroadcast,
  retryDelivery,
  saveTeamCadence,
  type QueueInput,
} from '../../../../../renderer/src/db/repositories/broadcasts';
import {
  lastBroadcast,
  latestNewsEventId,
  readSnapshot,
} from '../../../../../renderer/src/db/repositories/broadcasts-reads';
import {
  recordChannelArchived,
  recordChannelCreated,
  recordInvited,
  recordTopicSet,
} from '../../../../../renderer/src/db/repositories/broadcasts-slack';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry } from '../../../../../renderer/src/db/repositories/log';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { buildBroadcastMessage } from '../../../../../renderer/src/domain/broadcasts/message';
import { DomainError } from '../../../../../renderer/src/domain/errors';
import { at, freshDatabase } from '../testDb';

const opened: WarRoomDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const t0 = at('2026-11-24T10:00:00Z');
const ctx = (minutes: number) => ({ now: t0 + minutes * 60_000, actor: 'Alice' });
const exec = { channelId: 'C0EXEC0001', channelName: 'exec-updates' };
const support = { channelId: 'C0SUPP0001', channelName: 'support' };

async function setUp() {
  const db = freshDatabase();
  opened.push(db);
  const incidentId = await declareIncident(
    db,
    { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    ctx(0),
  );
  const incident = await db.incidents.get(incidentId);
  if (incident === undefined) throw new Error('not declared');
  const input = async (overrides: Partial<QueueInput> = {}): Promise<QueueInput> => ({
    incidentId,
    template: 'executive',
    sections: { impact: 'Card payments fail' },
    message: buildBroadcastMessage({
      template: 'executive',
      incidentTitle: 'Checkout down',
      severity: 'SEV-1',
      status: 'investigating',
      commanderName: 'Alice',
      sections: { impact: 'Card payments fail' },
      nextUpdateBy: t0 + 40 * 60_000,
      declaredAt: t0,
      now: t0 + 10 * 60_000,
    }),
    channels: [exec, support],
    nextUpdateBy: t0 + 40 * 60_000,
    snapshot: await readSnapshot(db, incident),
    trigger: 'manual',
    ...overrides,
  });
  return { db, incidentId, input };
}

async function codeOf(run: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('queuing a broadcast', () => {
  it('logs it, keeps its content, and creates one outbox row per channel, due now', async () => {
    const { db, incidentId, input } = await setUp();
    const id = await queueBroadcast(db, await input(), ctx(10));
    const record = await db.broadcasts.get(id);
    expect(record).toMatchObject({ incidentId, createdAt: t0 + 10 * 60_000, channels: [exec, support] });
    expect(Object.values(record?.deliveries ?? {}).map((d) => d.outcome)).toEqual(['pending', 'pending']);
    const rows = await db.outbox.where('broadcastId').equals(id).toArray();
    expect(rows.map((r) => [r.channelName, r.state, r.nextAttemptAt])).toEqual([
      ['exec-updates', 'queued', t0 + 10 * 60_000],
      ['support', 'queued', t0 + 10 * 60_000],
    ]);
    expect(await db.events.where('type').equals('broadcast.queued').count()).toBe(1);
  });

  it('refuses a broadcast with no channel or over Slack’s limits, writing nothing', async () => {
    const { db, input } = await setUp();
    expect(await codeOf(async () => queueBroadcast(db, await input({ channels: [] }), ctx(10)))).toBe(
      'broadcast-no-channel',
    );
    const long = await input();
    long.message = { ...long.message, text: 'x'.repeat(40_001) };
    expect(await codeOf(() => queueBroadcast(db, long, ctx(10)))).toBe('broadcast-too-long');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.broadcasts.count()).toBe(0);
  });

  it('queues a given id once, however many windows ask', async () => {
    const { db, input } = await setUp();
    const again = await input({ broadcastId: 'auto-1' });
    await Promise.all([queueBroadcast(db, again, ctx(30)), queueBroadcast(db, again, ctx(30))]);
    expect(await db.events.where('type').equals('broadcast.queued').count()).toBe(1);
    expect(await db.outbox.count()).toBe(2);
  });
});

describe('delivery outcomes', () => {
  it('a sent delivery is logged once with its permalink', async () => {
    const { db, input } = await setUp();
    const id = await queueBroadcast(db, await input(), ctx(10));
    const row = await db.outbox.get(`${id}:${exec.channelId}`);
    if (row === undefined) throw new Error('no row');
    const posted = { ts: '1.000001', permalink: 'https://warroom-test.slack.com/archives/x/p1' };
    await recordSent(db, row, posted, ctx(11));
    await recordSent(db, row, posted, ctx(11));
    expect((await db.broadcasts.get(id))?.deliveries[exec.channelId]).toMatchObject({
      outcome: 'sent',
      ...posted,
    });
    expect(await db.events.where('type').equals('broadcast.sent').count()).toBe(1);
    expect((await db.outbox.get(row.id))?.state).toBe('sent');
  });

  it('a failed delivery can be sent again or discarded; an uncertain one cannot be discarded', async () => {
    const { db, input } = await setUp();
    const id = await queueBroadcast(db, await input(), ctx(10));
    const row = await db.outbox.get(`${id}:${exec.channelId}`);
    if (row === undefined) throw new Error('no row');
    const error = {
      code: 'channel',
      message: 'not in channel',
      slackError: 'not_in_channel',
      permanent: true,
    };
    await recordFailed(db, { ...row, state: 'failed', lastError: error }, error, ctx(11));
    expect((await db.broadcasts.get(id))?.deliveries[exec.channelId]?.failure).toEqual({
      code: 'channel',
      slackError: 'not_in_channel',
      message: 'not in channel',
    });
    await retryDelivery(db, row.id, ctx(12));
    expect((await db.outbox.get(row.id))?.state).toBe('queued');
    expect((await db.broadcasts.get(id))?.deliveries[exec.channelId]?.outcome).toBe('pending');

    const other = `${id}:${support.channelId}`;
    await db.outbox.update(other, { state: 'sending' });
    expect(await codeOf(() => discardDelivery(db, other, ctx(13)))).toBe('delivery-in-flight');
    // An earlier post that may have landed is the IC's call; the button warns it may be in Slack.
    await db.outbox.update(other, { state: 'queued', uncertainSince: t0 });
    await discardDelivery(db, other, ctx(13));
    expect(await db.outbox.get(other)).toBeUndefined();
    expect((await db.broadcasts.get(id))?.deliveries[support.channelId]?.outcome).toBe('discarded');
  });
});

describe('what the next broadcast compares with', () => {
  it('broadcasts and channel bookkeeping are not news; a fact is', async () => {
    const { db, incidentId, input } = await setUp();
    const before = await latestNewsEventId(db, incidentId);
    await queueBroadcast(db, await input(), ctx(10));
    await recordChannelCreated(db, incidentId, { channelId: 'C0WAR00001', channelName: 'inc-1' }, ctx(11));
    expect(await latestNewsEventId(db, incidentId)).toBe(before);
    const fact = await addLogEntry(db, { incidentId, kind: 'fact', text: 'DB back', author: 'Bob' }, ctx(12));
    expect(await latestNewsEventId(db, incidentId)).toBe(fact.id);
    expect((await lastBroadcast(db, incidentId))?.createdAt).toBe(t0 + 10 * 60_000);
  });
});

describe('the plan and the war-room channel', () => {
  it('project who hears, how often, and what War Room did to the channel', async () => {
    const { db, incidentId } = await setUp();
    await changeBroadcastPlan(
      db,
      incidentId,
      {
        stakeholderChannels: [exec],
        cadence: { kind: 'every', minutes: 15 },
        autoSend: true,
        template: 'tactical',
      },
      ctx(1),
    );
    await recordChannelCreated(db, incidentId, { channelId: 'C0WAR00001', channelName: 'inc-1' }, ctx(2));
    const bob = { personId: 'P1', personName: 'Bob', slackUserId: 'U0BOB00002' };
    await recordInvited(db, incidentId, [bob], ctx(3));
    await recordTopicSet(db, incidentId, 'SEV-1 | Investigating', ctx(4));
    await recordChannelArchived(db, incidentId, ctx(5));
    expect(await db.broadcastPlans.get(incidentId)).toEqual({
      incidentId,
      stakeholderChannels: [exec],
      cadence: { kind: 'every', minutes: 15 },
      autoSend: true,
      template: 'tactical',
      warRoomChannel: {
        channelId: 'C0WAR00001',
        channelName: 'inc-1',
        createdAt: t0 + 2 * 60_000,
        archivedAt: t0 + 5 * 60_000,
        topic: 'SEV-1 | Investigating',
        invitedSlackUserIds: ['U0BOB00002'],
      },
      updatedAt: t0 + 5 * 60_000,
    });
  });

  it('the team cadence is a setting, not a log line of any incident', async () => {
    const { db, incidentId } = await setUp();
    const countBefore = (await db.logCounts.get(incidentId))?.count;
    await saveTeamCadence(
      db,
      { 'SEV-1': 15, 'SEV-2': 30, 'SEV-3': 120, 'SEV-4': null, 'SEV-5': null },
      ctx(1),
    );
    expect((await db.settings.get('broadcastCadence'))?.value).toMatchObject({ 'SEV-1': 15, 'SEV-3': 120 });
    expect((await db.logCounts.get(incidentId))?.count).toBe(countBefore);
  });
});

describe('the log is the source of truth', () => {
  it('replaying the events into an empty desktop rebuilds broadcasts and plans, without this desktop’s outbox', async () => {
    const { db, incidentId, input } = await setUp();
    await changeBroadcastPlan(
      db,
      incidentId,
      { stakeholderChannels: [exec], cadence: { kind: 'settings' }, autoSend: false, template: 'executive' },
      ctx(1),
    );
    const id = await queueBroadcast(db, await input(), ctx(10));
    const row = await db.outbox.get(`${id}:${exec.channelId}`);
    if (row === undefined) throw new Error('no row');
    await recordSent(db, row, { ts: '1.1', permalink: 'https://x/p' }, ctx(11));
    const replayed = freshDatabase();
    opened.push(replayed);
    await appendEvents(replayed, await db.events.orderBy('id').toArray());
    expect(await replayed.broadcasts.toArray()).toEqual(await db.broadcasts.toArray());
    expect(await replayed.broadcastPlans.toArray()).toEqual(await db.broadcastPlans.toArray());
    expect(await replayed.outbox.count()).toBe(0);
  });
});
