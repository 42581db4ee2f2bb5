/**
 * Stakeholder broadcasts against the loopback Slack server: how late auto-sent updates leave after their due
 * time (real clock, 1-minute cadence, through the real dispatcher and browser host), and how fast 100 queued
 * updates to one channel drain against Slack's one-message-a-second limit without a storm of 429s.
 */
import { expect } from '@playwright/test';
import {
  DEFAULT_TOKEN,
  startSlackServer,
  type SlackServer,
  type StoredMessage,
} from '../../fixtures/slack-server';
import { Broadcasts } from '../../e2e/pages/Broadcasts';
import type { Bench, BenchContext } from '../bench';
import { atMost, type BenchResult } from '../results';
import { max, median, round } from '../stats';

const scheduledIncidents = 4;
const roundsPerIncident = 2;
// Slack takes one message a second per channel, so draining 100 costs close to two minutes of the
// run; by default 20 measure the same pace, and `--full` drains all 100.
const drainCountOf = (context: BenchContext) => (context.full ? 100 : 20);
const latenessChannels = Array.from({ length: scheduledIncidents }, (_, i) => `lateness-${i + 1}`);

type Handle = { server: SlackServer };

function messagesIn(slack: Handle, name: string): StoredMessage[] {
  const channel = slack.server.state.channels.find((c) => c.name === name);
  return channel === undefined ? [] : (slack.server.state.messages.get(channel.id) ?? []);
}

/** Slack's ts is the server's clock when the message was stored: when the broadcast arrived. */
const arrivedAt = (message: StoredMessage): number => Number(message.ts) * 1000;

/** Auto-sent broadcasts carry their due time in their id (`auto-<incident>-<dueAt>`). */
function dueAtOf(message: StoredMessage): number | null {
  const id = message.metadata?.event_payload.broadcast_id;
  const match = typeof id === 'string' ? /^auto-.+-(\d+)$/.exec(id) : null;
  return match === null ? null : Number(match[1]);
}

async function measureLateness(context: BenchContext, slack: Handle): Promise<BenchResult[]> {
  const { cockpit, page } = context;
  const broadcasts = new Broadcasts(page);
  for (const [index, channel] of latenessChannels.entries()) {
    await cockpit.declare({ title: `Scheduled ${index + 1}`, severity: 'SEV-1', commander: 'Alice' });
    if (index === 0) await broadcasts.connect(slack.server.url, DEFAULT_TOKEN);
    await broadcasts.chooseChannels([channel], { autoSend: true, minutes: 1 });
  }
  context.say(
    `${scheduledIncidents} incidents auto-send every minute; waiting for ${roundsPerIncident} rounds`,
  );
  const late: number[] = [];
  await expect
    .poll(() => latenessChannels.every((channel) => messagesIn(slack, channel).length >= roundsPerIncident), {
      timeout: (roundsPerIncident + 1) * 60_000 + context.patienceMs,
      intervals: [1_000],
    })
    .toBe(true);
  for (const channel of latenessChannels) {
    for (const message of messagesIn(slack, channel).slice(0, roundsPerIncident)) {
      const dueAt = dueAtOf(message);
      if (dueAt === null) throw new Error(`a broadcast in #${channel} was not sent automatically`);
      late.push(arrivedAt(message) - dueAt);
    }
  }
  context.say(`late by: ${late.map((ms) => round(ms)).join(', ')} ms`);
  return [
    {
      name: 'broadcasts.scheduled.late.median',
      value: round(median(late)),
      unit: 'ms',
      target: atMost(1_000),
    },
    { name: 'broadcasts.scheduled.late.max', value: round(max(late)), unit: 'ms', target: atMost(1_000) },
  ];
}

async function measureDrain(
  context: BenchContext,
  slack: Handle,
  restart: () => Promise<void>,
): Promise<BenchResult[]> {
  const { cockpit, page } = context;
  const drainCount = drainCountOf(context);
  const broadcasts = new Broadcasts(page);
  await cockpit.declare({ title: 'Drain', severity: 'SEV-3', commander: 'Alice' });
  await broadcasts.chooseChannels(['drain']);
  // Slack is unreachable while the IC queues: all of them wait in the outbox, then drain together.
  await slack.server.close();
  for (let n = 0; n < drainCount; n += 1) {
    await broadcasts.openComposer();
    await broadcasts.send();
  }
  context.say(`queued ${drainCount} broadcasts while Slack was unreachable`);
  const restartedAt = Date.now();
  await restart();
  await expect
    .poll(() => messagesIn(slack, 'drain').length, { timeout: drainCount * 3_000, intervals: [1_000] })
    .toBe(drainCount);
  const arrivals = messagesIn(slack, 'drain').map(arrivedAt);
  const first = Math.min(...arrivals);
  const last = Math.max(...arrivals);
  const ids = new Set(messagesIn(slack, 'drain').map((m) => m.metadata?.event_payload.broadcast_id));
  if (ids.size !== drainCount)
    throw new Error(`${drainCount} broadcasts arrived as ${ids.size} distinct ones`);
  const refused = slack.server.state.requests.filter(
    (r) => r.method === 'chat.postMessage' && r.status === 429,
  );
  context.say(
    `drained in ${round((last - restartedAt) / 1000)} s after Slack came back (first after ${round((first - restartedAt) / 1000)} s), ${refused.length} × 429`,
  );
  return [
    {
      name: `broadcasts.drain.${drainCount}.total`,
      value: round((last - restartedAt) / 1000),
      unit: 's',
      target: null,
    },
    {
      name: 'broadcasts.drain.per-broadcast',
      value: round((last - first) / 1000 / (drainCount - 1), 2),
      unit: 's',
      target: atMost(1.2),
    },
    { name: 'broadcasts.drain.429s', value: refused.length, unit: 'responses', target: atMost(5) },
  ];
}

export const broadcastsBench: Bench = {
  name: 'broadcasts',
  run: async (context) => {
    const options = { channels: [...latenessChannels, 'drain'].map((name) => ({ name })) };
    const slack: Handle = { server: await startSlackServer(options) };
    const restart = async () => {
      slack.server = await startSlackServer({ ...options, port: slack.server.port });
    };
    try {
      await context.cockpit.open();
      const lateness = await measureLateness(context, slack);
      const drain = await measureDrain(context, slack, restart);
      return [...lateness, ...drain];
    } finally {
      await slack.server.close().catch(() => undefined);
    }
  },
};
