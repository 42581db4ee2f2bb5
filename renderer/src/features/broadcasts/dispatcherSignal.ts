/** A way for any part of the cockpit to wake this window's dispatcher (Slack connected, a broadcast queued). */
const listeners = new Set<() => void>();

export function onDispatcherWake(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the dispatcher to look at the outbox now rather than at its next scheduled look. */
export function wakeDispatcher(): void {
  for (const listener of listeners) listener();
}
