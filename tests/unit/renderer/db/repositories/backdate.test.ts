import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changeSeverity,
  changeStatus,
  declareIncident,
} from '../../../../../renderer/src/db/repositories/incidents';
import { recordIncidentChange } from '../../../../../renderer/src/db/repositories/incident-change';
import { addLogEntry } from '../../../../../renderer/src/db/repositories/log';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = (iso: string) => ({ now: at(iso), actor: 'Alice' });

async function incidentAt(iso: string) {
  db = freshDatabase();
  return declareIncident(
    db,
    { title: 'API down', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
    ctx(iso),
  );
}

/** The log as the live list reads it: the [incidentId+ts] index, oldest first. */
async function logTexts(incidentId: string): Promise<string[]> {
  const events = await db.events
    .where('[incidentId+ts]')
    .between([incidentId, Dexie.minKey], [incidentId, Dexie.maxKey])
    .toArray();
  return events.flatMap((e) => (e.type === 'log.entry-added' ? [e.payload.text] : []));
}

const entry = (incidentId: string, text: string) => ({ incidentId, kind: 'fact', text, author: 'Bob' });

describe('a back-dated log entry', () => {
  it('sits at the time it happened, recorded now, with its reason', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    await addLogEntry(db, entry(id, 'error rate 5%'), ctx('2026-11-24T17:10:00Z'));
    await addLogEntry(db, entry(id, 'rolled back'), ctx('2026-11-24T18:30:00Z'));
    const { id: lateId } = await addLogEntry(
      db,
      {
        ...entry(id, 'deploy 4512 went out'),
        at: at('2026-11-24T17:20:00Z'),
        reason: 'found in the CD history',
      },
      ctx('2026-11-24T19:00:00Z'),
    );
    expect(await db.events.get(lateId)).toMatchObject({
      ts: at('2026-11-24T17:20:00Z'),
      recordedAt: at('2026-11-24T19:00:00Z'),
      payload: { backdatedReason: 'found in the CD history' },
    });
    expect(await logTexts(id)).toEqual(['error rate 5%', 'deploy 4512 went out', 'rolled back']);
  });

  it('is refused in the future, before the declaration and without a reason, and writes nothing', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    const now = ctx('2026-11-24T19:00:00Z');
    const before = await db.events.count();
    await expect(
      addLogEntry(db, { ...entry(id, 'x'), at: at('2026-11-24T19:30:00Z'), reason: 'typo' }, now),
    ).rejects.toMatchObject({ code: 'time-in-future' });
    await expect(
      addLogEntry(db, { ...entry(id, 'alert fired'), at: at('2026-11-24T16:50:00Z'), reason: 'pager' }, now),
    ).rejects.toMatchObject({ code: 'before-declaration' });
    await expect(
      addLogEntry(db, { ...entry(id, 'x'), at: at('2026-11-24T17:20:00Z') }, now),
    ).rejects.toMatchObject({
      code: 'backdated-needs-reason',
    });
    expect(await db.events.count()).toBe(before);
  });

  it('recorded now keeps the payload it always had', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    const { id: entryId } = await addLogEntry(db, entry(id, 'x'), ctx('2026-11-24T17:10:00Z'));
    expect((await db.events.get(entryId))?.payload).toEqual({ kind: 'fact', text: 'x', author: 'Bob' });
  });
});

describe('a back-dated status or severity change', () => {
  it('moves the status, dated when it happened, with its reason', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    await changeStatus(db, id, 'identified', ctx('2026-11-24T19:00:00Z'), {
      at: at('2026-11-24T18:40:00Z'),
      reason: 'cause confirmed on the bridge',
    });
    expect(await db.incidents.get(id)).toMatchObject({ status: 'identified' });
    const [change] = await db.events.where('type').equals('incident.status-changed').toArray();
    expect(change).toMatchObject({
      ts: at('2026-11-24T18:40:00Z'),
      recordedAt: at('2026-11-24T19:00:00Z'),
      payload: { from: 'investigating', to: 'identified', backdatedReason: 'cause confirmed on the bridge' },
    });
  });

  it('is refused before the last change of its kind, so each change follows the one before', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    await changeStatus(db, id, 'identified', ctx('2026-11-24T18:00:00Z'));
    await changeSeverity(db, id, 'SEV-1', ctx('2026-11-24T18:10:00Z'));
    const late = { at: at('2026-11-24T17:30:00Z'), reason: 'remembered' };
    await expect(changeStatus(db, id, 'monitoring', ctx('2026-11-24T19:00:00Z'), late)).rejects.toMatchObject(
      {
        code: 'before-last-status',
      },
    );
    await expect(changeSeverity(db, id, 'SEV-3', ctx('2026-11-24T19:00:00Z'), late)).rejects.toMatchObject({
      code: 'before-last-severity',
    });
    expect(await db.incidents.get(id)).toMatchObject({ status: 'identified', severity: 'SEV-1' });
  });

  it('is refused before the declaration when nothing changed since', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    const early = { at: at('2026-11-24T16:00:00Z'), reason: 'it started earlier' };
    await expect(changeSeverity(db, id, 'SEV-1', ctx('2026-11-24T19:00:00Z'), early)).rejects.toMatchObject({
      code: 'before-declaration',
    });
    expect(await db.incidents.get(id)).toMatchObject({ severity: 'SEV-2' });
  });

  it('writes status and severity together or not at all', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    await changeSeverity(db, id, 'SEV-1', ctx('2026-11-24T18:10:00Z'));
    const before = await db.events.count();
    // The status could be dated 17:30, the severity not (it last changed at 18:10): neither is written.
    await expect(
      recordIncidentChange(db, id, { status: 'identified', severity: 'SEV-3' }, ctx('2026-11-24T19:00:00Z'), {
        at: at('2026-11-24T17:30:00Z'),
        reason: 'from the chat',
      }),
    ).rejects.toMatchObject({ code: 'before-last-severity' });
    expect(await db.events.count()).toBe(before);
    expect(await db.incidents.get(id)).toMatchObject({ status: 'investigating', severity: 'SEV-1' });
  });

  it('does not resolve at an earlier time: resolving settles the open work now', async () => {
    const id = await incidentAt('2026-11-24T17:00:00Z');
    await expect(
      changeStatus(db, id, 'resolved', ctx('2026-11-24T19:00:00Z'), {
        at: at('2026-11-24T18:50:00Z'),
        reason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'resolve-backdated' });
    expect(await db.incidents.get(id)).toMatchObject({ status: 'investigating', resolvedAt: null });
  });
});
