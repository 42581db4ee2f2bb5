import { WarRoomDatabase } from './schema';

/** The renderer's one database instance (Dexie's samples keep exactly one). */
export const db = new WarRoomDatabase();

export type StorageHealth = { persisted: boolean };

/**
 * Asks the browser not to evict our data under disk pressure. Headless or unprompted browsers may
 * say no; the cockpit then shows a warning rather than failing.
 */
export async function requestDurableStorage(): Promise<StorageHealth> {
  if (!('storage' in navigator) || typeof navigator.storage.persist !== 'function')
    return { persisted: false };
  try {
    const already = await navigator.storage.persisted();
    return { persisted: already || (await navigator.storage.persist()) };
  } catch {
    return { persisted: false };
  }
}
