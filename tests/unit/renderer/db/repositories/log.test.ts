import { afterEach, describe, expect, it } from 'vitest';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import {
  addLogEntry,
  prepareLogEntry,
  saveLogEntry,
  setStarred,
} from '../../../../../renderer/src/db/repositories/log';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = { now: at('2026-11-24T02:00:00Z'), actor: 'Alice' };

async function incident() {
  db = freshDatabase();
  return declareIncident(db, { title: 'A', severity: 'SEV-2', commanderName: 'Alice', summary: '' }, ctx);
}

describe('the incident log', () => {
  it('keeps a hostile entry as typed: the text is data, never markup', async () => {
    const id = await incident();
    const text = '<script>alert(1)</script> <!channel> & friends';
    const { id: entryId } = await addLogEntry(db, { incidentId: id, kind: 'fact', text, author: 'Bob' }, ctx);
    expect((await db.events.get(entryId))?.payload).toEqual({ kind: 'fact', text, author: 'Bob' });
  });

  it('caps an over-long entry and hands back the rest instead of dropping it', async () => {
    const id = await incident();
    const words = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(' ');
    const { id: entryId, rest } = await addLogEntry(
      db,
      { incidentId: id, kind: 'note', text: words, author: 'Bob' },
      ctx,
    );
    const saved = (await db.events.get(entryId))?.payload;
    const savedText = saved !== undefined && 'text' in saved ? saved.text : '';
    expect(savedText.length).toBeLessThanOrEqual(4000);
    expect(`${savedText} ${rest}`).toBe(words);
  });

  it('refuses an empty entry, an unknown type and a missing author', async () => {
    const id = await incident();
    await expect(
      addLogEntry(db, { incidentId: id, kind: 'fact', text: '  ', author: 'Bob' }, ctx),
    ).rejects.toMatchObject({ code: 'required' });
    await expect(
      addLogEntry(db, { incidentId: id, kind: 'rumour', text: 'x', author: 'Bob' }, ctx),
    ).rejects.toMatchObject({ code: 'unknown-entry-kind' });
    await expect(
      addLogEntry(db, { incidentId: id, kind: 'fact', text: 'x', author: '' }, ctx),
    ).rejects.toMatchObject({ code: 'required', values: { field: 'author' } });
    expect(await db.events.count()).toBe(3);
  });

  it('stars and unstars an entry, each as an event, without counting them as log lines', async () => {
    const id = await incident();
    const { id: entryId } = await addLogEntry(
      db,
      { incidentId: id, kind: 'decision', text: 'fail over', author: 'Bob' },
      ctx,
    );
    await setStarred(db, entryId, true, ctx);
    expect(await db.stars.get(entryId)).toMatchObject({ incidentId: id });
    await setStarred(db, entryId, false, ctx);
    expect(await db.stars.get(entryId)).toBeUndefined();
    expect((await db.logCounts.get(id))?.count).toBe(3);
    expect(await db.events.count()).toBe(6);
  });
});

describe('a line shown before it is stored', () => {
  it('is built without the database, then written exactly as it was shown', async () => {
    const id = await incident();
    const declaredAt = (await db.incidents.get(id))?.declaredAt ?? 0;
    const { event } = prepareLogEntry(
      { incidentId: id, kind: 'fact', text: 'Error rate back under 1%', author: 'Bob' },
      { ...ctx, now: ctx.now + 60_000 },
      declaredAt,
    );
    const before = (await db.logCounts.get(id))?.count ?? 0;
    expect(await db.events.get(event.id)).toBeUndefined();
    await saveLogEntry(db, event);
    expect(await db.events.get(event.id)).toEqual(event);
    expect((await db.logCounts.get(id))?.count).toBe(before + 1);
  });

  it('is refused when the incident is gone by the time it is written, and nothing is stored', async () => {
    await incident();
    const { event } = prepareLogEntry(
      { incidentId: 'not-here', kind: 'fact', text: 'x', author: 'Bob' },
      ctx,
      ctx.now,
    );
    const before = await db.events.count();
    await expect(saveLogEntry(db, event)).rejects.toMatchObject({ code: 'unknown-incident' });
    expect(await db.events.count()).toBe(before);
    expect(await db.logCounts.get('not-here')).toBeUndefined();
  });
});
