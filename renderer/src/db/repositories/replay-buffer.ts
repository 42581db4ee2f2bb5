/**
 * The projected tables held in memory while an import or a restore replays a whole log. Applying 100k
 * events straight to IndexedDB costs a read and a write per event, about a millisecond each; here a row
 * is read once, changed in memory as often as the events say, and written once per chunk with bulkPut.
 * It runs inside the caller's transaction, so the rows still commit with the events, all or nothing.
 */
import type { IndexableType, Table } from 'dexie';
import type { IncidentEvent } from '../../domain/log/events';
import { applyEvent } from '../projector';
import type { ProjectionTable, ProjectionTables } from '../projections/types';
import { projectedTables, type WarRoomDatabase } from '../schema';

/** A row changed in memory (a row, or null once deleted) that the next flush writes. */
type Pending<Row> = Map<string, Row | null>;

/** One table's buffer. Every projected table has a string primary key (ids, the setting's key). */
class BufferedTable<Row> implements ProjectionTable<Row, string> {
  private readonly known = new Map<string, Row | null>();
  private readonly pending: Pending<Row> = new Map();
  private readonly keyPath: string;

  constructor(private readonly table: Table<Row, string>) {
    const keyPath = table.schema.primKey.keyPath;
    if (typeof keyPath !== 'string') throw new Error(`${table.name}: a replay needs a single-field key`);
    this.keyPath = keyPath;
  }

  async get(key: string): Promise<Row | undefined> {
    if (!this.known.has(key)) this.known.set(key, (await this.table.get(key)) ?? null);
    return this.known.get(key) ?? undefined;
  }

  put(row: Row): Promise<string> {
    const key = (row as Record<string, unknown>)[this.keyPath];
    if (typeof key !== 'string') throw new Error(`${this.table.name}: a row without its ${this.keyPath}`);
    this.known.set(key, row);
    this.pending.set(key, row);
    return Promise.resolve(key);
  }

  delete(key: string): Promise<void> {
    this.known.set(key, null);
    this.pending.set(key, null);
    return Promise.resolve();
  }

  /** An index read sees every change made so far: what is pending is written first. */
  where(index: string) {
    return {
      equals: (value: IndexableType) => ({
        toArray: async (): Promise<Row[]> => {
          await this.flush();
          return this.table.where(index).equals(value).toArray();
        },
      }),
    };
  }

  async flush(): Promise<void> {
    if (this.pending.size === 0) return;
    const rows: Row[] = [];
    const gone: string[] = [];
    for (const [key, row] of this.pending) {
      if (row === null) gone.push(key);
      else rows.push(row);
    }
    this.pending.clear();
    // What was read is forgotten too: the database has it now, and memory stays bounded on a long replay.
    this.known.clear();
    if (gone.length > 0) await this.table.bulkDelete(gone);
    if (rows.length > 0) await this.table.bulkPut(rows);
  }
}

export type ReplayBuffer = { tables: ProjectionTables; flush(): Promise<void> };

/** A buffer over every projected table of `db`; call it inside a transaction that writes them all. */
export function replayBuffer(db: WarRoomDatabase): ReplayBuffer {
  const buffers = projectedTables.map((name) => [name, new BufferedTable(db.table(name))] as const);
  const tables = Object.fromEntries(buffers) as unknown as ProjectionTables;
  return {
    tables,
    flush: async () => {
      for (const [, buffer] of buffers) await buffer.flush();
    },
  };
}

/**
 * Applies `events` in order through the one projector into the buffer, writing the rows every `every`
 * events: each write lets the page paint the progress bar, and keeps what is held in memory small.
 */
export async function replayEvents(
  db: WarRoomDatabase,
  events: readonly IncidentEvent[],
  options: { every: number; onApplied?: (count: number) => void },
): Promise<void> {
  const buffer = replayBuffer(db);
  let done = 0;
  for (const event of events) {
    await applyEvent(buffer.tables, event);
    done += 1;
    if (done % options.every === 0) {
      await buffer.flush();
      options.onApplied?.(done);
    }
  }
  await buffer.flush();
  options.onApplied?.(done);
}
