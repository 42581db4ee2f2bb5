/** Importing the incident channel into the log over a real (fake-indexeddb) database. */
import { afterEach, describe, expect, it } from 'vitest';
import type { SlackChannelMessage } from '../../../../../preload/contract/slack';
import { recordChannelCreated } from '../../../../../renderer/src/db/repositories/broadcasts-slack';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { setStarred } from '../../../../../renderer/src/db/repositories/log';
import { addPerson } from '../../../../../renderer/src/db/repositories/people';
import {
  currentSlackMessage,
  recordSlackImport,
  saveStarReaction,
  starReaction,
  warRoomChannelId,
} from '../../../../../renderer/src/db/repositories/slack-import';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { DomainError } from '../../../../../renderer/src/domain/errors';
import { at, freshDatabase } from '../testDb';

const opened: WarRoomDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const t0 = at('2026-11-24T10:00:00Z');
const ctx = (minutes: number) => ({ now: t0 + minutes * 60_000, actor: 'Alice' });
const channelId = 'C0INC00001';
/** A Slack ts `minutes` after the incident was declared. */
const tsAt = (minutes: number) => `${(t0 + minutes * 60_000) / 1000}.000100`;
const message = (minutes: number, text: string, extra: Partial<SlackChannelMessage> = {}) => ({
  ts: tsAt(minutes),
  text,
  pinned: false,
  reactions: [],
  permalink: `https://acme.slack.com/archives/${channelId}/p${tsAt(minutes).replace('.', '')}`,
  ...extra,
});

async function setUp() {
  const db = freshDatabase();
  opened.push(db);
  const incidentId = await declareIncident(
    db,
    { title: 'Checkout down', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
    ctx(0),
  );
  await addPerson(db, { name: 'Bob Tanaka', slackUserId: 'U0BOB00002', timeZone: 'Asia/Tokyo' }, ctx(0));
  const record = (messages: SlackChannelMessage[], minutes: number, complete = true) =>
    recordSlackImport(db, incidentId, channelId, { messages, complete }, ctx(minutes));
  const lines = async () =>
    (
      await db.events.where('[incidentId+type]').equals([incidentId, 'slack.message-imported']).sortBy('ts')
    ).flatMap((e) => (e.type === 'slack.message-imported' ? [e] : []));
  return { db, incidentId, record, lines };
}

describe('recordSlackImport', () => {
  it('logs each message at its Slack time, by its directory person, and stars the pinned one', async () => {
    const { db, incidentId, record, lines } = await setUp();
    const linesBefore = (await db.logCounts.get(incidentId))?.count ?? 0;
    const result = await record(
      [
        message(2, 'Checkout 500s &amp; timeouts', { user: 'U0BOB00002', authorName: 'bob' }),
        message(3, 'Pinned: rollback plan', { user: 'U0CAROL003', authorName: 'Carol', pinned: true }),
        message(4, 'Seen in eu-west too', { user: 'U0CAROL003', threadTs: tsAt(3) }),
      ],
      10,
    );
    expect(result).toEqual({ added: 3, edited: 0, deleted: 0, starred: 1, complete: true });
    const logged = await lines();
    expect(
      logged.map((e) => [e.ts, e.recordedAt, e.payload.authorName, e.payload.personId !== null]),
    ).toEqual([
      [t0 + 2 * 60_000, t0 + 10 * 60_000, 'Bob Tanaka', true],
      [t0 + 3 * 60_000, t0 + 10 * 60_000, 'Carol', false],
      [t0 + 4 * 60_000, t0 + 10 * 60_000, 'U0CAROL003', false],
    ]);
    expect(logged[2]?.payload.threadTs).toBe(tsAt(3));
    expect(await db.stars.where('incidentId').equals(incidentId).primaryKeys()).toEqual([logged[1]?.id]);
    expect((await db.logCounts.get(incidentId))?.count).toBe(linesBefore + 3);
  });

  it('a second import adds only what is new, applies the edit and the deletion, and stars nothing twice', async () => {
    const { db, incidentId, record, lines } = await setUp();
    const first = [message(2, 'DB at 90%'), message(3, 'Try failover', { pinned: true }), message(4, 'Ack')];
    await record(first, 10);
    const [dbLine, failover] = await lines();
    await setStarred(db, failover?.id ?? '', false, ctx(11));

    const second = [
      message(2, 'DB at 95%'),
      message(3, 'Try failover', { pinned: true }),
      message(12, 'Recovered'),
    ];
    expect(await record(second, 20)).toEqual({ added: 1, edited: 1, deleted: 1, starred: 0, complete: true });
    expect(await record(second, 21)).toEqual({ added: 0, edited: 0, deleted: 0, starred: 0, complete: true });

    const logged = await lines();
    const [, , ack] = logged;
    if (dbLine === undefined || ack === undefined) throw new Error('lines missing');
    expect(logged.map((e) => e.payload.text)).toEqual(['DB at 90%', 'Try failover', 'Ack', 'Recovered']);
    expect(await currentSlackMessage(db, dbLine)).toMatchObject({
      text: 'DB at 95%',
      edited: true,
      deleted: false,
    });
    expect(await currentSlackMessage(db, ack)).toMatchObject({ text: 'Ack', deleted: true });
    expect(await db.stars.where('incidentId').equals(incidentId).count()).toBe(0);
  });

  it('calls nothing deleted when Slack answered only part of the channel', async () => {
    const { record } = await setUp();
    await record([message(2, 'old'), message(3, 'new')], 10);
    expect(await record([message(3, 'new')], 20, false)).toMatchObject({ deleted: 0, complete: false });
  });

  it('never dates a message after now, when Slack’s clock runs ahead of this desk’s', async () => {
    const { record, lines } = await setUp();
    await record([message(10.5, 'just now')], 10);
    expect((await lines())[0]?.ts).toBe(t0 + 10 * 60_000);
  });
});

describe('the star reaction', () => {
  it('is :pushpin: until the team picks another, which the next import stars by', async () => {
    const { db, incidentId, record } = await setUp();
    expect(await starReaction(db)).toBe('pushpin');
    expect(await saveStarReaction(db, ' :Eyes: ', ctx(1))).toBe('eyes');
    await expect(saveStarReaction(db, 'two words', ctx(1))).rejects.toEqual(
      new DomainError('bad-star-reaction', { value: 'two words' }),
    );
    const result = await record(
      [message(2, 'a', { reactions: ['pushpin'] }), message(3, 'b', { reactions: ['eyes'] })],
      5,
    );
    expect(result.starred).toBe(1);
    expect(await db.stars.where('incidentId').equals(incidentId).count()).toBe(1);
  });
});

describe('warRoomChannelId', () => {
  it('is the channel the broadcasts feature created, and refused before there is one', async () => {
    const { db, incidentId } = await setUp();
    await expect(warRoomChannelId(db, incidentId)).rejects.toEqual(new DomainError('no-war-room-channel'));
    await recordChannelCreated(db, incidentId, { channelId, channelName: 'inc-checkout' }, ctx(1));
    expect(await warRoomChannelId(db, incidentId)).toBe(channelId);
  });
});
