/**
 * Desks in one room converge: each round publishes what the desk owes and applies what the room holds,
 * in the stream's order, replaying an incident when an event belongs before something already projected.
 * The room's stream here is a stand-in with JetStream's two promises (one copy per message id, one
 * sequence per message); the real stream is exercised by the main-process tests and the e2e.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeResult, MethodOutput } from '../../../../preload/contract';
import {
  declareIncident,
  changeSeverity,
  changeStatus,
} from '../../../../renderer/src/db/repositories/incidents';
import { importBackup } from '../../../../renderer/src/db/repositories/backup';
import { exportBackup } from '../../../../renderer/src/db/repositories/backup-export';
import { handOverCommand } from '../../../../renderer/src/db/repositories/command';
import { addLogEntry } from '../../../../renderer/src/db/repositories/log';
import { addPerson } from '../../../../renderer/src/db/repositories/people';
import { checkIn } from '../../../../renderer/src/db/repositories/roster';
import { assignTask, createTask } from '../../../../renderer/src/db/repositories/tasks';
import { joinRoomLocally, waitingCount } from '../../../../renderer/src/db/repositories/room';
import { projectedTables, type WarRoomDatabase } from '../../../../renderer/src/db/schema';
import { canonicalJson } from '../../../../renderer/src/domain/backup/canonical';
import { parseBackup } from '../../../../renderer/src/domain/backup/parse';
import { syncRound, type RoomCalls } from '../../../../renderer/src/features/room/syncRound';
import { at, freshDatabase } from './testDb';

const opened: WarRoomDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const t0 = at('2026-12-08T02:00:00Z');
const ctx = (minutes: number, actor: string) => ({ now: t0 + minutes * 60_000, actor });

async function desk(): Promise<WarRoomDatabase> {
  const db = freshDatabase();
  opened.push(db);
  await joinRoomLocally(db, 'payments', t0);
  return db;
}

type Stored = {
  seq: number;
  event: Record<string, unknown> & { id: string; incidentId: string; type: string };
};

/** The room's stream: one copy per id; `online` false answers like main does when NATS is unreachable. */
function room() {
  const stored: Stored[] = [];
  const state = { online: true, loseNextAck: false };
  const offline = <T>(): BridgeResult<T> => ({
    ok: false,
    error: { code: 'transient', message: 'The room’s NATS servers cannot be reached now.' },
  });
  const calls: RoomCalls = {
    publish: ({ events }) => {
      if (!state.online) return Promise.resolve(offline<MethodOutput<'room:publish'>>());
      const published = events.map((event) => {
        const known = stored.find((s) => s.event.id === event.id);
        if (known !== undefined) return { id: event.id, seq: known.seq, duplicate: true };
        // A copy, as the wire makes one: no desk shares objects with another.
        stored.push({ seq: stored.length + 1, event: structuredClone(event) });
        return { id: event.id, seq: stored.length, duplicate: false };
      });
      if (state.loseNextAck) {
        state.loseNextAck = false;
        return Promise.resolve(offline<MethodOutput<'room:publish'>>());
      }
      return Promise.resolve({ ok: true, value: { published } });
    },
    readAfter: ({ afterSeq, max }) => {
      if (!state.online) return Promise.resolve(offline<MethodOutput<'room:read-after'>>());
      const events = stored.filter((s) => s.seq > afterSeq).slice(0, max);
      return Promise.resolve({ ok: true, value: { events: structuredClone(events) } });
    },
  };
  return { stored, state, calls };
}

/** Every projected table and the log, rows as canonical JSON, sorted: what "identical tables" means. */
async function dump(db: WarRoomDatabase): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const name of projectedTables) {
    tables[name] = (await db.table(name).toArray()).map((row) => canonicalJson(row)).sort();
  }
  tables.events = (await db.events.toArray()).map((e) => canonicalJson(e)).sort();
  return tables;
}

const round = (db: WarRoomDatabase, calls: RoomCalls, minutes: number) =>
  syncRound(db, calls, () => t0 + minutes * 60_000);

async function declared(db: WarRoomDatabase): Promise<string> {
  return declareIncident(
    db,
    { title: 'Checkout payments failing', severity: 'SEV-2', commanderName: 'Alice Moreau', summary: '' },
    ctx(1, 'Alice Moreau'),
  );
}

describe('the shared war room sync', () => {
  it('shows one desk’s incident and log on another after a round each', async () => {
    const { calls } = room();
    const ic = await desk();
    const scribe = await desk();
    const incidentId = await declared(ic);
    await addLogEntry(
      ic,
      { incidentId, kind: 'note', text: 'Gateway timeouts since 01:52', author: 'Alice Moreau' },
      ctx(2, 'Alice Moreau'),
    );
    const sent = await round(ic, calls, 3);
    expect(sent).toMatchObject({ joined: true, reached: true, waiting: 0, problem: null });
    const got = await round(scribe, calls, 3);
    expect(got.received).toBe(await ic.events.count());
    expect((await scribe.incidents.get(incidentId))?.title).toBe('Checkout payments failing');
    expect(await dump(scribe)).toEqual(await dump(ic));
    // What came from the room is never sent back to it.
    expect(await waitingCount(scribe)).toBe(0);
  });

  it('converges on the stream’s order when two desks changed one incident while apart', async () => {
    const { calls, state, stored } = room();
    const ic = await desk();
    const comms = await desk();
    const incidentId = await declared(ic);
    await round(ic, calls, 2);
    await round(comms, calls, 2);

    // Cut off, each decides differently: the IC raises the severity, comms lowers it and moves the status.
    state.online = false;
    await changeSeverity(ic, incidentId, 'SEV-1', ctx(5, 'Alice Moreau'));
    await changeSeverity(comms, incidentId, 'SEV-3', ctx(6, 'Chloé Martin'));
    await changeStatus(comms, incidentId, 'identified', ctx(7, 'Chloé Martin'));
    await addLogEntry(
      ic,
      { incidentId, kind: 'note', text: 'Rolled back 4.12', author: 'Alice Moreau' },
      ctx(8, 'Alice Moreau'),
    );
    const offline = await round(ic, calls, 9);
    expect(offline).toMatchObject({ reached: false, waiting: 2 });
    expect(offline.problem).toContain('cannot be reached');

    // Comms gets back first, so its changes come first in the stream; the IC's come after and win.
    state.online = true;
    await round(comms, calls, 10);
    const back = await round(ic, calls, 10);
    expect(back.received).toBe(2);
    await round(comms, calls, 11);
    // Both desks found the conflict and wrote it; the room stores it once.
    await round(ic, calls, 12);
    await round(comms, calls, 12);

    expect(await dump(comms)).toEqual(await dump(ic));
    const incident = await ic.incidents.get(incidentId);
    expect(incident?.severity).toBe('SEV-1');
    expect(incident?.status).toBe('identified');
    expect(new Set(stored.map((s) => s.event.id)).size).toBe(stored.length);
    // The losing decision is in the log, with who made it and what each side decided.
    const conflicts = await ic.events.where('type').equals('room.conflict-recorded').toArray();
    expect(conflicts.map((e) => e.type === 'room.conflict-recorded' && e.payload)).toEqual([
      expect.objectContaining({
        kind: 'incident-severity',
        won: expect.objectContaining({ actor: 'Alice Moreau', decided: { to: 'SEV-1', from: 'SEV-2' } }),
        lost: expect.objectContaining({ actor: 'Chloé Martin', decided: { to: 'SEV-3', from: 'SEV-2' } }),
      }),
    ]);
    expect(stored.filter((s) => s.event.type === 'room.conflict-recorded')).toHaveLength(1);
  });

  it('keeps one commander and one owner per task after two hand-overs and two owners set while apart', async () => {
    const { calls, state } = room();
    const ic = await desk();
    const ops = await desk();
    const incidentId = await declared(ic);
    const people: Record<string, string> = {};
    for (const name of ['Bruno Costa', 'Chloé Martin']) {
      people[name] = await addPerson(ic, { name, timeZone: 'UTC' }, ctx(2, 'Alice Moreau'));
      await checkIn(
        ic,
        { incidentId, personId: people[name] ?? '', roles: ['responder'], location: 'remote' },
        ctx(2, 'Alice Moreau'),
      );
    }
    const taskId = await createTask(
      ic,
      { incidentId, title: 'Fail over to the replica', description: '', category: 'restore-service' },
      ctx(3, 'Alice Moreau'),
    );
    await round(ic, calls, 4);
    await round(ops, calls, 4);

    // Apart: the IC hands command to Bruno and gives the task to Chloé; the other desk, on Alice's behalf,
    // hands command to Chloé and gives the task to Bruno.
    state.online = false;
    await handOverCommand(
      ic,
      { incidentId, toPersonId: people['Bruno Costa'] ?? '' },
      ctx(5, 'Alice Moreau'),
    );
    await assignTask(ic, { taskId, personId: people['Chloé Martin'] ?? '' }, ctx(5, 'Alice Moreau'));
    await handOverCommand(ops, { incidentId, toPersonId: people['Chloé Martin'] ?? '' }, ctx(6, 'Dana Ops'));
    await assignTask(ops, { taskId, personId: people['Bruno Costa'] ?? '' }, ctx(6, 'Dana Ops'));
    state.online = true;
    for (let minute = 7; minute < 11; minute += 1) {
      await round(ic, calls, minute);
      await round(ops, calls, minute);
    }

    expect(await dump(ops)).toEqual(await dump(ic));
    for (const db of [ic, ops]) {
      const commanders = await db.roleTenures
        .where('[incidentId+role]')
        .equals([incidentId, 'incident-commander'])
        .filter((tenure) => tenure.renouncedAt === null)
        .toArray();
      expect(commanders).toHaveLength(1);
      // The other desk's hand-over came later in the room: Chloé commands, and Bruno owns the task.
      expect(commanders[0]?.personId).toBe(people['Chloé Martin']);
      expect((await db.incidents.get(incidentId))?.commanderName).toBe('Chloé Martin');
      expect((await db.tasks.get(taskId))?.ownerName).toBe('Bruno Costa');
      const kinds = (await db.events.where('type').equals('room.conflict-recorded').toArray()).map(
        (e) => e.type === 'room.conflict-recorded' && e.payload.kind,
      );
      expect(kinds.sort()).toEqual(['command', 'task-owner']);
    }
  });

  it('re-sends a publish whose ack was lost and stores it once', async () => {
    const { calls, state, stored } = room();
    const ic = await desk();
    const incidentId = await declared(ic);
    state.loseNextAck = true;
    const lost = await round(ic, calls, 2);
    expect(lost).toMatchObject({ reached: false, waiting: await ic.events.count() });
    const again = await round(ic, calls, 3);
    expect(again).toMatchObject({ reached: true, waiting: 0 });
    expect(stored.length).toBe(await ic.events.count());
    const other = await desk();
    await round(other, calls, 4);
    expect((await other.incidents.get(incidentId))?.severity).toBe('SEV-2');
    expect(await dump(other)).toEqual(await dump(ic));
  });

  it('skips what is not a War Room event, and reads on past it', async () => {
    const { calls, stored } = room();
    const ic = await desk();
    const incidentId = await declared(ic);
    await round(ic, calls, 2);
    stored.push({
      seq: stored.length + 1,
      event: { id: 'x', incidentId, type: 'incident.hacked', payload: {} },
    });
    const scribe = await desk();
    const got = await round(scribe, calls, 3);
    expect(got.refused).toBe(1);
    expect(await dump(scribe)).toEqual(await dump(ic));
    const next = await round(scribe, calls, 4);
    expect(next).toMatchObject({ received: 0, refused: 0 });
  });

  it('shares what a backup brings to a desk in the room, as if it had been written there', async () => {
    const { calls } = room();
    const elsewhere = freshDatabase();
    opened.push(elsewhere);
    const incidentId = await declared(elsewhere);
    const { text } = await exportBackup(elsewhere, { kind: 'all' }, { now: t0, appVersion: '0.1.0-test' });
    const parsed = await parseBackup(text, { now: t0 });
    if (!parsed.ok) throw new Error('the export did not parse');
    const ic = await desk();
    const scribe = await desk();
    await importBackup(ic, parsed.file, { now: t0 });
    expect(await waitingCount(ic)).toBe(await ic.events.count());
    await round(ic, calls, 2);
    await round(scribe, calls, 2);
    expect((await scribe.incidents.get(incidentId))?.title).toBe('Checkout payments failing');
    expect(await dump(scribe)).toEqual(await dump(ic));
  });

  it('does nothing on a desk in no room', async () => {
    const { calls, stored } = room();
    const alone = freshDatabase();
    opened.push(alone);
    await declared(alone);
    expect(await round(alone, calls, 2)).toMatchObject({ joined: false });
    expect(stored).toHaveLength(0);
  });
});
