import type { Page } from '@playwright/test';

/**
 * The desk's log and every table projected from it, read straight from IndexedDB, each row as JSON with
 * its keys sorted, rows sorted: two desks that converged give equal values. Device-local tables (the
 * Slack and room outboxes, the room row, the record of imports) are left out: they differ by design.
 */
export async function roomTables(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const local = new Set(['outbox', 'syncOutbox', 'roomState', 'imports']);
    const sorted = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sorted)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
            )
          : value;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('war-room');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open war-room'));
    });
    const names = [...db.objectStoreNames].filter((name) => !local.has(name) && !name.startsWith('_'));
    const tables: Record<string, string[]> = {};
    for (const name of names) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot read ${name}`));
      });
      tables[name] = rows.map((row) => JSON.stringify(sorted(row))).sort();
    }
    db.close();
    return tables;
  });
}
