/** The part of Web Storage the desk needs: localStorage in the app, anything alike in a test. */
export type DeskStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Who is at this desk, kept on this device (a preference, not an event) and shared by every component. */
export type DeskStore = {
  /** The name every write from this desk is credited to; '' while nobody has said. */
  read: () => string;
  change: (name: string) => void;
  /** Calls `listener` whenever the desk changes hands, here or in another window of this app. */
  subscribe: (listener: () => void) => () => void;
};

// The key the earlier per-component preference used, so a desk already set survives the update.
export const deskStorageKey = 'warroom.operator';

/**
 * One store over one storage key. A single instance serves the whole window, so a hand-over seen by
 * one component is seen by all at once; the `storage` event brings a change made in another window.
 */
export function createDeskStore(storage: DeskStorage, windowEvents?: EventTarget): DeskStore {
  const listeners = new Set<() => void>();
  const read = () => (storage.getItem(deskStorageKey) ?? '').trim();
  const tell = () => {
    for (const listener of [...listeners]) listener();
  };
  const fromAnotherWindow = (event: Event) => {
    const key = 'key' in event ? event.key : deskStorageKey;
    if (key === deskStorageKey || key === null) tell();
  };
  return {
    read,
    change: (name) => {
      const next = name.trim();
      if (next === read()) return;
      if (next === '') storage.removeItem(deskStorageKey);
      else storage.setItem(deskStorageKey, next);
      tell();
    },
    subscribe: (listener) => {
      if (listeners.size === 0) windowEvents?.addEventListener('storage', fromAnotherWindow);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) windowEvents?.removeEventListener('storage', fromAnotherWindow);
      };
    },
  };
}
