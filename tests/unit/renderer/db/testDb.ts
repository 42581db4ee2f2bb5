import { WarRoomDatabase } from '../../../../renderer/src/db/schema';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb), so tests never see each other's incidents. */
export function freshDatabase(): WarRoomDatabase {
  counter += 1;
  return new WarRoomDatabase(`war-room-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const at = (iso: string) => Date.parse(iso);
