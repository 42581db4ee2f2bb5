import type { IndexableType, Table } from 'dexie';
import type { IncidentEvent } from '../../domain/log/events';
import type { ProjectedTable, WarRoomDatabase } from '../schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the insert type is not ours to read
type RowOf<T> = T extends Table<infer Row, infer _Key, any> ? Row : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
type KeyOf<T> = T extends Table<infer _Row, infer Key, any> ? Key : never;

/**
 * What a projection may do to a table: read a row by key, put or delete one, and read the rows of one index
 * value. Nothing more, on purpose: a Dexie table is one of these, and so can be a buffer in memory that
 * lets an import replay 100k events without a database round trip per event.
 */
export type ProjectionTable<Row, Key> = {
  get(key: Key): Promise<Row | undefined>;
  put(row: Row): Promise<unknown>;
  delete(key: Key): Promise<unknown>;
  where(index: string): { equals(value: IndexableType): { toArray(): Promise<Row[]> } };
};

export type ProjectionTables = {
  [Name in ProjectedTable]: ProjectionTable<RowOf<WarRoomDatabase[Name]>, KeyOf<WarRoomDatabase[Name]>>;
};

/** One feature's share of the projector: a handler for each of its event types, and nothing else. */
export type ProjectionHandlers<E extends IncidentEvent> = {
  [T in E['type']]: (tables: ProjectionTables, event: Extract<E, { type: T }>) => Promise<void>;
};
