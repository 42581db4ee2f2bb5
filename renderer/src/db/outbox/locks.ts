/**
 * One dispatcher across windows: the Web Locks API grants the lock to one page at a time and hands it to a
 * waiting page when the holder closes or crashes. Where Web Locks is missing (an old browser, Node in tests),
 * a lock local to this JavaScript realm keeps one dispatcher per realm.
 */

/** Runs `work` while holding the named lock; resolves when `work` settles or `signal` aborts the wait. */
export type LockRunner = (name: string, signal: AbortSignal, work: () => Promise<void>) => Promise<void>;

const localQueues = new Map<string, Promise<void>>();

/** A lock shared only within this realm: enough for one window, and for tests in Node. */
export const localLock: LockRunner = async (name, signal, work) => {
  const before = localQueues.get(name) ?? Promise.resolve();
  let release = () => {};
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  localQueues.set(
    name,
    before.then(() => mine),
  );
  try {
    await Promise.race([before, abortion(signal)]);
    if (!signal.aborted) await work();
  } finally {
    release();
  }
};

function abortion(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** The browser's Web Locks, shared by every window of this origin. */
export const webLock: LockRunner = async (name, signal, work) => {
  try {
    await navigator.locks.request(name, { signal }, work);
  } catch (error) {
    // Aborting the wait for the lock is how a window stops queuing for it; anything else is real.
    if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
  }
};

/** Web Locks where the browser has them, else the realm-local lock. */
export function defaultLock(): LockRunner {
  return typeof navigator !== 'undefined' && navigator.locks !== undefined ? webLock : localLock;
}
