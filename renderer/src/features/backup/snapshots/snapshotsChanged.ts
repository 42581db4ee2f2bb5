/** Tells an open Backups dialog that a snapshot was just written in this window, so its list is current. */
const listeners = new Set<() => void>();

export function onSnapshotWritten(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function snapshotWritten(): void {
  for (const listener of listeners) listener();
}
