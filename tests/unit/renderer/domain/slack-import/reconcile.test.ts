/** The rule of an import: new messages added once, edits and deletions applied, pinned ones starred once. */
import { describe, expect, it } from 'vitest';
import type { SlackChannelMessage } from '../../../../../preload/contract/slack';
import type { SlackImportEvent } from '../../../../../renderer/src/domain/slack-import/events';
import {
  knownSlackMessages,
  planSlackImport,
  slackTsToMs,
  type SlackImportInput,
} from '../../../../../renderer/src/domain/slack-import/reconcile';

const channelId = 'C0INC00001';
const message = (
  ts: string,
  text: string,
  extra: Partial<SlackChannelMessage> = {},
): SlackChannelMessage => ({
  ts,
  text,
  pinned: false,
  reactions: [],
  permalink: '',
  ...extra,
});
const envelope = { incidentId: 'i1', ts: 0, recordedAt: 0, actor: 'Alice' };
const imported = (id: string, slackTs: string, text: string): SlackImportEvent => ({
  ...envelope,
  id,
  type: 'slack.message-imported',
  payload: {
    channelId,
    slackTs,
    threadTs: null,
    slackUserId: 'U0ALICE001',
    personId: null,
    authorName: 'Alice',
    text,
    permalink: '',
  },
});

function plan(
  fetched: SlackChannelMessage[],
  events: SlackImportEvent[] = [],
  extra: Partial<SlackImportInput> = {},
) {
  return planSlackImport({
    channelId,
    fetched,
    complete: true,
    known: knownSlackMessages(events),
    starHistory: new Set(),
    starReaction: 'pushpin',
    ownMetadataEventType: 'warroom_broadcast',
    ...extra,
  });
}

describe('planSlackImport', () => {
  it('adds everything the first time, except War Room’s own broadcasts', () => {
    const result = plan([
      message('100.000001', 'DB at 90%'),
      message('101.000001', 'SEV-2 update', { metadataEventType: 'warroom_broadcast' }),
    ]);
    expect(result.added.map((m) => m.text)).toEqual(['DB at 90%']);
  });

  it('adds only what is new the second time, and nothing when nothing changed', () => {
    const events = [imported('e1', '100.000001', 'DB at 90%')];
    expect(
      plan([message('100.000001', 'DB at 90%'), message('102.000001', 'Rolling back')], events).added,
    ).toEqual([message('102.000001', 'Rolling back')]);
    expect(plan([message('100.000001', 'DB at 90%')], events)).toEqual({
      added: [],
      edited: [],
      deleted: [],
      starAdded: [],
      starEntries: [],
    });
  });

  it('applies an edit once: the next import compares with the edited text', () => {
    const events: SlackImportEvent[] = [imported('e1', '100.000001', 'DB at 90%')];
    const first = plan([message('100.000001', 'DB at 95%')], events);
    expect(first.edited).toEqual([{ slackTs: '100.000001', text: 'DB at 95%' }]);
    events.push({
      ...envelope,
      id: 'e2',
      type: 'slack.message-edited',
      payload: { channelId, slackTs: '100.000001', text: 'DB at 95%' },
    });
    expect(knownSlackMessages(events).values().next().value).toMatchObject({
      text: 'DB at 95%',
      edited: true,
    });
    expect(plan([message('100.000001', 'DB at 95%')], events).edited).toEqual([]);
  });

  it('marks deleted what Slack no longer has, once, and only when Slack answered the whole channel', () => {
    const events: SlackImportEvent[] = [imported('e1', '100.000001', 'a'), imported('e2', '101.000001', 'b')];
    expect(plan([message('101.000001', 'b')], events).deleted).toEqual(['100.000001']);
    expect(plan([message('101.000001', 'b')], events, { complete: false }).deleted).toEqual([]);
    events.push({
      ...envelope,
      id: 'e3',
      type: 'slack.message-deleted',
      payload: { channelId, slackTs: '100.000001' },
    });
    expect(plan([message('101.000001', 'b')], events).deleted).toEqual([]);
    expect(knownSlackMessages(events).size).toBe(2);
  });

  it('stars pinned messages and those with the team’s reaction, never one the IC starred or unstarred before', () => {
    const fresh = plan([
      message('100.000001', 'pinned', { pinned: true }),
      message('101.000001', 'pushpin', { reactions: ['eyes', 'pushpin'] }),
      message('102.000001', 'eyes only', { reactions: ['eyes'] }),
    ]);
    expect(fresh.starAdded).toEqual(['100.000001', '101.000001']);
    expect(
      plan([message('102.000001', 'x', { reactions: ['eyes'] })], [], { starReaction: 'eyes' }).starAdded,
    ).toEqual(['102.000001']);
    const events = [imported('e1', '100.000001', 'pinned later'), imported('e2', '101.000001', 'unstarred')];
    const later = [
      message('100.000001', 'pinned later', { pinned: true }),
      message('101.000001', 'unstarred', { pinned: true }),
    ];
    expect(plan(later, events, { starHistory: new Set(['e2']) }).starEntries).toEqual(['e1']);
  });
});

describe('slackTsToMs', () => {
  it('reads seconds and microseconds as epoch milliseconds', () => {
    expect(slackTsToMs('1773478800.123456')).toBe(1773478800123);
    expect(slackTsToMs('1773478800.5')).toBe(1773478800500);
  });
});
