/**
 * The incident channel's conversation into the log: what main read from Slack is compared with what earlier
 * imports logged, and only the difference is appended (new messages, edits, deletions, stars), in one
 * transaction with that comparison so two imports at once cannot log a message twice.
 */
import type { MethodOutput } from '../../../../preload/contract';
import { broadcastMetadataEventType } from '../../domain/broadcasts/events';
import { DomainError } from '../../domain/errors';
import type { IncidentEvent } from '../../domain/log/events';
import { settingsStream } from '../../domain/settings/events';
import {
  checkStarReaction,
  defaultStarReaction,
  starReactionSettingKey,
  type SlackImportEvent,
  type SlackMessageImported,
} from '../../domain/slack-import/events';
import {
  knownSlackMessages,
  planSlackImport,
  slackMessageKey,
  slackTsToMs,
  type KnownSlackMessage,
} from '../../domain/slack-import/reconcile';
import { appendEvents, appendTables, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';

export type ChannelConversation = MethodOutput<'slack:channel-history'>;

/** What one import changed, for the IC's "Imported 12 new messages, 1 edited, 1 deleted". */
export type SlackImportResult = {
  added: number;
  edited: number;
  deleted: number;
  starred: number;
  /** False when Slack's answer stopped short of the channel's start: deletions were not looked for. */
  complete: boolean;
};

const importTypes = ['slack.message-imported', 'slack.message-edited', 'slack.message-deleted'] as const;

/** Events in the order they were written: their ids are ULIDs. */
const inLogOrder = (a: IncidentEvent, b: IncidentEvent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function isImportEvent(event: IncidentEvent): event is SlackImportEvent {
  return importTypes.some((type) => type === event.type);
}

/** The incident's own Slack channel, which the broadcasts feature created; refused when it has none. */
export async function warRoomChannelId(db: WarRoomDatabase, incidentId: string): Promise<string> {
  if ((await db.incidents.get(incidentId)) === undefined) throw new DomainError('unknown-incident');
  const channel = (await db.broadcastPlans.get(incidentId))?.warRoomChannel ?? null;
  if (channel === null) throw new DomainError('no-war-room-channel');
  return channel.channelId;
}

/** Every import event of the incident, in log order. */
async function importEventsOf(db: WarRoomDatabase, incidentId: string): Promise<SlackImportEvent[]> {
  const events = await db.events
    .where('[incidentId+type]')
    .anyOf(importTypes.map((type) => [incidentId, type]))
    .toArray();
  return events.filter(isImportEvent).sort(inLogOrder);
}

/**
 * How an imported message reads now: its latest text, and whether it was edited or deleted since. Reads only
 * the incident's edits and deletions (few), so a log row stays cheap however long the channel is.
 */
export async function currentSlackMessage(
  db: WarRoomDatabase,
  entry: SlackMessageImported,
): Promise<KnownSlackMessage | undefined> {
  const { channelId, slackTs } = entry.payload;
  const changes = await db.events
    .where('[incidentId+type]')
    .anyOf([
      [entry.incidentId, 'slack.message-edited'],
      [entry.incidentId, 'slack.message-deleted'],
    ])
    .filter((e) => isImportEvent(e) && e.payload.channelId === channelId && e.payload.slackTs === slackTs)
    .toArray();
  const inOrder = changes.filter(isImportEvent).sort(inLogOrder);
  return knownSlackMessages([entry, ...inOrder]).get(slackMessageKey(channelId, slackTs));
}

/** The reaction that stars a message at import: the team's choice, else :pushpin:. */
export async function starReaction(db: WarRoomDatabase): Promise<string> {
  const stored = (await db.settings.get(starReactionSettingKey))?.value;
  return typeof stored === 'string' && stored !== '' ? stored : defaultStarReaction;
}

/** Saves the team's star reaction (checked, in Slack's form); the change is logged like any setting. */
export async function saveStarReaction(
  db: WarRoomDatabase,
  raw: string,
  context: RecordContext,
): Promise<string> {
  const value = checkStarReaction(raw);
  await appendEvents(db, [
    newEvent('settings.changed', settingsStream, { key: starReactionSettingKey, value }, context),
  ]);
  return value;
}

/** Entries ever starred or unstarred: the IC's unstar stands, an import does not star them again. */
async function starHistoryOf(db: WarRoomDatabase, incidentId: string): Promise<Set<string>> {
  const stars = await db.events
    .where('[incidentId+type]')
    .equals([incidentId, 'log.entry-starred'])
    .toArray();
  return new Set(stars.flatMap((e) => (e.type === 'log.entry-starred' ? [e.payload.entryId] : [])));
}

/** Logs what Slack answered for the incident's channel: only what is new, edited or deleted since. */
export async function recordSlackImport(
  db: WarRoomDatabase,
  incidentId: string,
  channelId: string,
  conversation: ChannelConversation,
  context: RecordContext,
): Promise<SlackImportResult> {
  return db.transaction('rw', appendTables(db), async () => {
    const [events, starHistory, reaction, people] = await Promise.all([
      importEventsOf(db, incidentId),
      starHistoryOf(db, incidentId),
      starReaction(db),
      db.people.toArray(),
    ]);
    const plan = planSlackImport({
      channelId,
      fetched: conversation.messages,
      complete: conversation.complete,
      known: knownSlackMessages(events),
      starHistory,
      starReaction: reaction,
      ownMetadataEventType: broadcastMetadataEventType,
    });
    const personBySlackId = new Map(people.flatMap((p) => (p.slackUserId ? [[p.slackUserId, p]] : [])));
    // Slack's clock may run a little ahead of this desk's: a message is never dated in the future.
    const at = (ts: string) => ({ ...context, ts: Math.min(slackTsToMs(ts), context.now) });
    const added = plan.added.map((message) => {
      const person = message.user === undefined ? undefined : personBySlackId.get(message.user);
      const payload = {
        channelId,
        slackTs: message.ts,
        threadTs: message.threadTs ?? null,
        slackUserId: message.user ?? null,
        personId: person?.id ?? null,
        authorName: person?.name ?? message.authorName ?? message.user ?? 'Slack',
        text: message.text,
        permalink: message.permalink,
      };
      return newEvent('slack.message-imported', incidentId, payload, at(message.ts));
    });
    const entryIdOf = new Map(added.map((event) => [event.payload.slackTs, event.id]));
    const edited = plan.edited.map(({ slackTs, text }) =>
      newEvent('slack.message-edited', incidentId, { channelId, slackTs, text }, context),
    );
    const deleted = plan.deleted.map((slackTs) =>
      newEvent('slack.message-deleted', incidentId, { channelId, slackTs }, context),
    );
    const toStar = [...plan.starAdded.flatMap((ts) => entryIdOf.get(ts) ?? []), ...plan.starEntries];
    const stars = toStar.map((entryId) =>
      newEvent('log.entry-starred', incidentId, { entryId, starred: true }, context),
    );
    await appendEvents(db, [...added, ...edited, ...deleted, ...stars]);
    return {
      added: added.length,
      edited: edited.length,
      deleted: deleted.length,
      starred: stars.length,
      complete: conversation.complete,
    };
  });
}
