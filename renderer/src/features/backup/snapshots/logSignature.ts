import type { WarRoomDatabase } from '../../../db/schema';

/**
 * What says whether the log changed since the last snapshot: how many events and the newest id. Two key
 * reads, no event loaded; an import of older events changes the count, a restore changes either.
 */
export async function logSignature(db: WarRoomDatabase): Promise<string | null> {
  const [count, newest] = await db.transaction('r', db.events, () =>
    Promise.all([db.events.count(), db.events.orderBy(':id').lastKey()]),
  );
  return count === 0 ? null : `${count}:${String(newest)}`;
}
