/**
 * The drill nudges a player dismissed on this desk, by nudge id. Device-local and in memory, not an event:
 * what a player waved away is not part of the drill's record, and a reload bringing it back is harmless.
 */
import { useSyncExternalStore } from 'react';

let dismissed: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

export function dismissDrillNudge(id: string): void {
  dismissed = new Set([...dismissed, id]);
  for (const listener of listeners) listener();
}

export function useDismissedDrillNudges(): ReadonlySet<string> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => dismissed,
  );
}
