import { describe, expect, it } from 'vitest';
import {
  createDeskStore,
  deskStorageKey,
  type DeskStorage,
} from '../../../../../renderer/src/app/desk/deskStore';

/** Web Storage as a browser keeps it: strings by key. */
function memoryStorage(initial: Record<string, string> = {}): DeskStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('who is at this desk', () => {
  it('starts with nobody, and a change reaches every component listening at once', () => {
    const store = createDeskStore(memoryStorage());
    expect(store.read()).toBe('');
    const seen: string[][] = [[], []];
    store.subscribe(() => seen[0]?.push(store.read()));
    store.subscribe(() => seen[1]?.push(store.read()));
    store.change('  Alice ');
    store.change('Bob');
    expect(seen).toEqual([
      ['Alice', 'Bob'],
      ['Alice', 'Bob'],
    ]);
  });

  it('survives a restart, keeps the name an earlier version stored, and forgets an empty name', () => {
    const storage = memoryStorage({ [deskStorageKey]: 'Alice' });
    expect(createDeskStore(storage).read()).toBe('Alice');
    createDeskStore(storage).change('Bob');
    expect(createDeskStore(storage).read()).toBe('Bob');
    createDeskStore(storage).change('   ');
    expect(storage.items.has(deskStorageKey)).toBe(false);
  });

  it('tells nobody when the same person is named again, and stops telling a listener that left', () => {
    const store = createDeskStore(memoryStorage({ [deskStorageKey]: 'Alice' }));
    let calls = 0;
    const leave = store.subscribe(() => (calls += 1));
    store.change('Alice');
    expect(calls).toBe(0);
    leave();
    store.change('Bob');
    expect(calls).toBe(0);
  });

  it('follows a hand-over recorded in another window of the app', () => {
    const storage = memoryStorage({ [deskStorageKey]: 'Alice' });
    const windowEvents = new EventTarget();
    const store = createDeskStore(storage, windowEvents);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.read()));
    // The other window writes the shared storage; this one hears of it through a `storage` event.
    storage.items.set(deskStorageKey, 'Bob');
    windowEvents.dispatchEvent(Object.assign(new Event('storage'), { key: deskStorageKey }));
    windowEvents.dispatchEvent(Object.assign(new Event('storage'), { key: 'warroom.theme' }));
    expect(seen).toEqual(['Bob']);
  });
});
