/**
 * The sync outbox: what a desk owes its room. Every event a desk in a room writes is queued with it, in
 * the same transaction; a desk alone queues nothing; joining queues the log once; events that came from
 * the room are applied but never sent back; and publishing, even interrupted between the publish and its
 * mark, ends with each event stored once and nothing left waiting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { appendTables } from '../../../../renderer/src/db/append';
import { declareIncident } from '../../../../renderer/src/db/repositories/incidents';
import { applyFromRoom } from '../../../../renderer/src/db/repositories/room-apply';
import { addLogEntry } from '../../../../renderer/src/db/repositories/log';
import {
  joinRoomLocally,
  leaveRoomLocally,
  markFailed,
  markPublished,
  nextToPublish,
  roomStateOf,
  waitingCount,
} from '../../../../renderer/src/db/repositories/room';
import type { WarRoomDatabase } from '../../../../renderer/src/db/schema';
import type { IncidentEvent } from '../../../../renderer/src/domain/log/events';
import { at, freshDatabase } from './testDb';

const opened: WarRoomDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
function desk(): WarRoomDatabase {
  const db = freshDatabase();
  opened.push(db);
  return db;
}

const t0 = at('2026-12-03T09:00:00Z');
const ctx = (minutes: number, actor = 'Alice Moreau') => ({ now: t0 + minutes * 60_000, actor });

async function declare(db: WarRoomDatabase, minutes = 0): Promise<string> {
  return declareIncident(
    db,
    { title: 'Checkout payments failing', severity: 'SEV-2', commanderName: 'Alice Moreau', summary: '' },
    ctx(minutes),
  );
}

async function note(db: WarRoomDatabase, incidentId: string, text: string, minutes: number) {
  return addLogEntry(db, { incidentId, kind: 'note', text, author: 'Alice Moreau' }, ctx(minutes));
}

const logIds = async (db: WarRoomDatabase) => (await db.events.toArray()).map((e) => e.id).sort();
const waitingIds = async (db: WarRoomDatabase) =>
  (await db.syncOutbox.where('state').equals('waiting').toArray()).map((r) => r.eventId).sort();

/** A stand-in for the room's stream as JetStream keeps it: one copy per message id, in arrival order. */
function stream() {
  const stored: IncidentEvent[] = [];
  const seqOf = new Map<string, number>();
  return {
    stored,
    publish(event: IncidentEvent): { seq: number; duplicate: boolean } {
      const known = seqOf.get(event.id);
      if (known !== undefined) return { seq: known, duplicate: true };
      stored.push(event);
      seqOf.set(event.id, stored.length);
      return { seq: stored.length, duplicate: false };
    },
  };
}

describe('the sync outbox', () => {
  it('queues nothing on a desk alone', async () => {
    const db = desk();
    const incidentId = await declare(db);
    await note(db, incidentId, 'Gateway timeouts since 08:52', 1);
    expect(await db.events.count()).toBeGreaterThan(1);
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await waitingCount(db)).toBe(0);
    expect((await roomStateOf(db)).room).toBeNull();
  });

  it('queues every event a desk in a room writes, with its incident', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    const { id } = await note(db, incidentId, 'Gateway timeouts since 08:52', 2);
    expect(await waitingIds(db)).toEqual(await logIds(db));
    const row = await db.syncOutbox.get(id);
    expect(row).toMatchObject({ incidentId, state: 'waiting', attempts: 0, lastError: null, seq: null });
    expect(row?.queuedAt).toBe(ctx(2).now);
    expect(await waitingCount(db)).toBe((await logIds(db)).length);
  });

  it('queues nothing when the transaction that wrote the event fails, and leaves no event either', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    const before = { log: await logIds(db), waiting: await waitingIds(db) };
    const failing = db.transaction('rw', appendTables(db), async () => {
      await note(db, incidentId, 'Written, then the power went', 2);
      throw new Error('power cut');
    });
    await expect(failing).rejects.toThrow('power cut');
    expect(await logIds(db)).toEqual(before.log);
    expect(await waitingIds(db)).toEqual(before.waiting);
  });

  it('queues the log once on joining, and again on the same room not at all', async () => {
    const db = desk();
    const incidentId = await declare(db);
    await note(db, incidentId, 'Before the room', 1);
    const log = await logIds(db);
    expect(await joinRoomLocally(db, 'payments', ctx(2).now)).toBe(log.length);
    expect(await joinRoomLocally(db, 'payments', ctx(3).now)).toBe(0);
    expect(await waitingIds(db)).toEqual(log);
    expect(await roomStateOf(db)).toMatchObject({ room: 'payments', joinedAt: ctx(2).now, appliedSeq: 0 });
  });

  it('applies events from the room without queuing them again, and resumes after the last sequence', async () => {
    const ours = desk();
    const theirs = desk();
    await joinRoomLocally(ours, 'payments', ctx(0).now);
    const incidentId = await declare(theirs, 1);
    const events = await theirs.events.toArray();
    // The stream's sequences, the batch's last at 7.
    const received = events.map((event, index) => ({ event, seq: 7 - events.length + 1 + index }));
    expect(await applyFromRoom(ours, received, ctx(1).now)).toBe(events.length);
    expect((await ours.incidents.get(incidentId))?.title).toBe('Checkout payments failing');
    expect(await waitingIds(ours)).toEqual([]);
    expect((await roomStateOf(ours)).appliedSeq).toBe(7);
    // The same batch read again (a reconnect) adds nothing and never moves the desk back.
    expect(await applyFromRoom(ours, received.slice(0, 1), ctx(1).now)).toBe(0);
    expect((await roomStateOf(ours)).appliedSeq).toBe(7);
    // What this desk then writes on that incident is queued as usual.
    const { id } = await note(ours, incidentId, 'Seen from our desk', 2);
    expect(await waitingIds(ours)).toEqual([id]);
  });

  it('hands out waiting events oldest first, and counts what is still waiting as each is published', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    for (let minute = 2; minute < 6; minute += 1) await note(db, incidentId, `Update ${minute}`, minute);
    const log = await logIds(db);
    const room = stream();
    const first = await nextToPublish(db, 2);
    expect(first.map((p) => p.event.id)).toEqual(log.slice(0, 2));
    for (const { event } of first) await markPublished(db, event.id, room.publish(event).seq);
    expect(await waitingCount(db)).toBe(log.length - 2);
    expect((await nextToPublish(db, 100)).map((p) => p.event.id)).toEqual(log.slice(2));
    expect((await db.syncOutbox.get(log[0] ?? ''))?.seq).toBe(1);
  });

  it('keeps a failed publish waiting, with why and how often, and publishes it later', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    const { id } = await note(db, incidentId, 'Offline for a while', 2);
    await markFailed(db, id, 'The room is not reachable', ctx(3).now);
    await markFailed(db, id, 'The room is not reachable', ctx(4).now);
    expect(await db.syncOutbox.get(id)).toMatchObject({
      state: 'waiting',
      attempts: 2,
      lastError: 'The room is not reachable',
      lastTriedAt: ctx(4).now,
    });
    await markPublished(db, id, 12);
    await markFailed(db, id, 'A late error', ctx(5).now);
    expect(await db.syncOutbox.get(id)).toMatchObject({ state: 'sent', seq: 12, attempts: 2 });
  });

  it('stores an event once when the desk stopped between publishing it and marking it', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    await note(db, incidentId, 'Published, then the desk crashed', 2);
    const room = stream();
    // The first run publishes everything and crashes before any mark.
    for (const { event } of await nextToPublish(db, 100)) room.publish(event);
    expect(await waitingCount(db)).toBe((await logIds(db)).length);
    // The restarted loop publishes them again: the stream answers "duplicate" with the stored sequence.
    for (const { event } of await nextToPublish(db, 100)) {
      const ack = room.publish(event);
      expect(ack.duplicate).toBe(true);
      await markPublished(db, event.id, ack.seq);
    }
    expect(await waitingCount(db)).toBe(0);
    expect(room.stored.map((e) => e.id).sort()).toEqual(await logIds(db));
    const seqs = (await db.syncOutbox.toArray()).map((r) => r.seq).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(seqs).toEqual(room.stored.map((_, index) => index + 1));
  });

  it('counts its own event as published when the room hands it back before the ack was marked', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    const { id } = await note(db, incidentId, 'Ack lost on the way back', 2);
    const own = await db.events.get(id);
    if (own === undefined) throw new Error('the note is not in the log');
    expect(await applyFromRoom(db, [{ event: own, seq: 3 }], ctx(3).now)).toBe(0);
    expect(await db.syncOutbox.get(id)).toMatchObject({ state: 'published', seq: 3 });
    expect(await db.events.count()).toBe((await logIds(db)).length);
  });

  it('keeps the log on leaving, and owes the room nothing more', async () => {
    const db = desk();
    await joinRoomLocally(db, 'payments', ctx(0).now);
    const incidentId = await declare(db, 1);
    const log = await logIds(db);
    await leaveRoomLocally(db);
    expect(await logIds(db)).toEqual(log);
    expect(await waitingCount(db)).toBe(0);
    await note(db, incidentId, 'Alone again', 2);
    expect(await db.syncOutbox.count()).toBe(0);
    expect(await roomStateOf(db)).toMatchObject({ room: null, appliedSeq: 0 });
  });
});
