/**
 * What several sections read from the same 100k events (the entries in event time, the tags, the
 * severity spans) is derived once per list of events: a draft builds thirteen sections from one read.
 */
const derived = new WeakMap<object, Map<string, unknown>>();

/** `compute()` once per `owner` (an events array) and `name`; later calls get the same value. */
export function once<T>(owner: object, name: string, compute: () => T): T {
  let known = derived.get(owner);
  if (known === undefined) {
    known = new Map();
    derived.set(owner, known);
  }
  if (!known.has(name)) known.set(name, compute());
  return known.get(name) as T;
}
