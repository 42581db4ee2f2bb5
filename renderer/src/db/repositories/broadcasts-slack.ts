/**
 * What War Room did to the incident's own Slack channel, recorded after Slack confirmed it: the channel is an
 * external fact, so the log says what happened there rather than what was intended.
 */
import type { ChannelRef } from '../../domain/broadcasts/plan';
import { DomainError } from '../../domain/errors';
import { appendEvents, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

async function requireIncident(db: WarRoomDatabase, incidentId: string): Promise<void> {
  if ((await db.incidents.get(incidentId)) === undefined) throw new DomainError('unknown-incident');
}

async function requireChannel(db: WarRoomDatabase, incidentId: string): Promise<ChannelRef> {
  const channel = (await db.broadcastPlans.get(incidentId))?.warRoomChannel ?? null;
  if (channel === null) throw new DomainError('no-war-room-channel');
  return { channelId: channel.channelId, channelName: channel.channelName };
}

export async function recordChannelCreated(
  db: WarRoomDatabase,
  incidentId: string,
  channel: ChannelRef,
  context: RecordContext,
): Promise<void> {
  await requireIncident(db, incidentId);
  await appendEvents(db, [newEvent('slack.channel-created', incidentId, channel, context)]);
}

export async function recordInvited(
  db: WarRoomDatabase,
  incidentId: string,
  people: { personId: string; personName: string; slackUserId: string }[],
  context: RecordContext,
): Promise<void> {
  const channel = await requireChannel(db, incidentId);
  if (people.length === 0) return;
  await appendEvents(db, [newEvent('slack.responders-invited', incidentId, { ...channel, people }, context)]);
}

export async function recordTopicSet(
  db: WarRoomDatabase,
  incidentId: string,
  topic: string,
  context: RecordContext,
): Promise<void> {
  const channel = await requireChannel(db, incidentId);
  await appendEvents(db, [newEvent('slack.topic-set', incidentId, { ...channel, topic }, context)]);
}

export async function recordChannelArchived(
  db: WarRoomDatabase,
  incidentId: string,
  context: RecordContext,
): Promise<void> {
  const channel = await requireChannel(db, incidentId);
  await appendEvents(db, [newEvent('slack.channel-archived', incidentId, channel, context)]);
}
