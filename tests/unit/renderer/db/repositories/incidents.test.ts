import { afterEach, describe, expect, it } from 'vitest';
import {
  changeSeverity,
  changeStatus,
  declareIncident,
} from '../../../../../renderer/src/db/repositories/incidents';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { DomainError } from '../../../../../renderer/src/domain/errors';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());
const ctx = { now: at('2026-11-24T02:00:00Z'), actor: 'Alice' };

describe('incidents', () => {
  it('declares an incident investigating, its commander added to the directory and checked in', async () => {
    db = freshDatabase();
    const id = await declareIncident(
      db,
      { title: '  API down ', severity: 'SEV-1', commanderName: 'Alice', summary: '' },
      ctx,
    );
    expect(await db.incidents.get(id)).toMatchObject({
      title: 'API down',
      status: 'investigating',
      commanderName: 'Alice',
    });
    expect((await db.logCounts.get(id))?.count).toBe(2);
    const events = await db.events.toArray();
    expect(events.map((e) => e.type)).toEqual(['person.added', 'incident.declared', 'responder.checked-in']);
    expect(await db.roleTenures.toArray()).toMatchObject([{ role: 'incident-commander', renouncedAt: null }]);
  });

  it('refuses an empty title and writes nothing', async () => {
    db = freshDatabase();
    await expect(
      declareIncident(db, { title: '   ', severity: 'SEV-1', commanderName: 'Alice', summary: '' }, ctx),
    ).rejects.toMatchObject({ code: 'required', values: { field: 'title' } });
    expect(await db.events.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
  });

  it('allows a second declaration while one is open: several incidents can be active', async () => {
    db = freshDatabase();
    const input = { title: 'A', severity: 'SEV-2', commanderName: 'Alice', summary: '' };
    await declareIncident(db, input, ctx);
    await declareIncident(db, { ...input, title: 'B' }, ctx);
    expect((await db.incidents.toArray()).map((i) => i.status)).toEqual(['investigating', 'investigating']);
  });

  it('logs every status and severity change, and ignores a change to the same value', async () => {
    db = freshDatabase();
    const id = await declareIncident(
      db,
      { title: 'A', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
      ctx,
    );
    await changeStatus(db, id, 'identified', ctx);
    await changeStatus(db, id, 'identified', ctx);
    await changeSeverity(db, id, 'SEV-1', ctx);
    const types = (await db.events.toArray()).map((e) => e.type);
    expect(types.slice(3)).toEqual(['incident.status-changed', 'incident.severity-changed']);
    await expect(changeStatus(db, id, 'on-fire', ctx)).rejects.toBeInstanceOf(DomainError);
  });

  it('records resolvedAt when resolved and clears it when reopened', async () => {
    db = freshDatabase();
    const id = await declareIncident(
      db,
      { title: 'A', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
      ctx,
    );
    await changeStatus(db, id, 'resolved', { ...ctx, now: at('2026-11-24T04:00:00Z') });
    expect((await db.incidents.get(id))?.resolvedAt).toBe(at('2026-11-24T04:00:00Z'));
    await changeStatus(db, id, 'investigating', { ...ctx, now: at('2026-11-24T04:30:00Z') });
    expect((await db.incidents.get(id))?.resolvedAt).toBeNull();
  });
});
