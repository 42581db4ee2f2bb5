/**
 * A replay through the in-memory buffer leaves exactly the rows that applying each event to the database
 * left: the desk that recorded them live is the reference, and every kind of write a projection makes is
 * on the way (puts, a star taken back, a runbook deleted, a check-out that reads the open roles and rests
 * through an index, a contact corrected on open check-ins).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkIn, checkOut, startRest } from '../../../../../renderer/src/db/repositories/roster';
import { addLogEntry, setStarred } from '../../../../../renderer/src/db/repositories/log';
import { changePersonDetails } from '../../../../../renderer/src/db/repositories/people';
import { deleteRunbook } from '../../../../../renderer/src/db/repositories/runbooks';
import { replayEvents } from '../../../../../renderer/src/db/repositories/replay-buffer';
import { projectedTables, type WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import { byEventTime } from '../../../../../renderer/src/domain/backup/references';
import { ctx, seedDatabase } from '../../domain/backup/seed';
import { freshDatabase } from '../testDb';

const opened: WarRoomDatabase[] = [];
function database() {
  const db = freshDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A live desk: the seed, then the writes the seed does not make. */
async function recordedLive(): Promise<WarRoomDatabase> {
  const db = database();
  const seeded = await seedDatabase(db);
  const erinIn = await checkIn(
    db,
    { incidentId: seeded.checkout, personId: seeded.erin, roles: ['scribe'], location: 'remote' },
    ctx(20),
  );
  await startRest(db, erinIn, ctx(21));
  await changePersonDetails(
    db,
    { incidentId: seeded.checkout, personId: seeded.bob, details: { contact: '+31 6 9999' } },
    ctx(22),
  );
  const line = await addLogEntry(
    db,
    { incidentId: seeded.checkout, kind: 'note', text: 'Starred, then not', author: 'Alice' },
    ctx(23),
  );
  await setStarred(db, line.id, true, ctx(24));
  await setStarred(db, line.id, false, ctx(25));
  await checkOut(db, { checkInId: erinIn, reason: 'shift-end' }, ctx(26));
  await deleteRunbook(db, seeded.runbookId, ctx(27));
  return db;
}

async function projected(db: WarRoomDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const name of projectedTables) dump[name] = await db.table(name).toArray();
  return dump;
}

describe('replaying a log through the buffer', () => {
  it.each([1, 2, 7, 10_000])(
    'projects what the live desk projected, writing every %i events',
    async (every) => {
      const live = await recordedLive();
      const events = (await live.events.toArray()).sort(byEventTime);
      const replayed = database();
      const applied: number[] = [];
      await replayed.transaction(
        'rw',
        projectedTables.map((name) => replayed.table(name)),
        async () => {
          await replayEvents(replayed, events, { every, onApplied: (count) => applied.push(count) });
        },
      );
      expect(await projected(replayed)).toEqual(await projected(live));
      expect(applied.at(-1)).toBe(events.length);
      expect(await replayed.stars.count()).toBe(await live.stars.count());
    },
  );

  it('writes nothing when the transaction fails part way', async () => {
    const live = await recordedLive();
    const events = (await live.events.toArray()).sort(byEventTime);
    const replayed = database();
    await expect(
      replayed.transaction(
        'rw',
        projectedTables.map((name) => replayed.table(name)),
        async () => {
          await replayEvents(replayed, events, { every: 3 });
          throw new Error('the disk is full');
        },
      ),
    ).rejects.toThrow('the disk is full');
    for (const rows of Object.values(await projected(replayed))) expect(rows).toEqual([]);
  });
});
