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

/**
 * Whether War Room's own service refused this window (it restarted since the page loaded, so the page's
 * launch token is stale). Only a reload helps; the queue is kept in IndexedDB meanwhile.
 */
let rejected = false;
const rejectionListeners = new Set<() => void>();

export function markBridgeRejected(): void {
  rejected = true;
  for (const listener of rejectionListeners) listener();
}

export function isWindowRejected(): boolean {
  return rejected;
}

export function onBridgeRejected(listener: () => void): () => void {
  rejectionListeners.add(listener);
  return () => rejectionListeners.delete(listener);
}
