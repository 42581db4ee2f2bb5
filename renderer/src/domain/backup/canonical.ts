/**
 * The checksum of a backup: SHA-256 over its canonical JSON, the file without `checksum`, every object's
 * keys in the order a sorted object holds them (code-unit order, integer-like keys first) and no
 * whitespace. One order for any content, so a file checks the same after a reader reformats it, and an
 * older version's file checks against what it held.
 *
 * JSON.stringify with an array replacer writes each object's properties in the array's order, so the
 * union of every key in the value, sorted, gives canonical JSON from the native writer: on a 100k-event
 * log that is several times faster than a replacer building a sorted copy of every object.
 */
export function canonicalJson(value: unknown): string {
  return canonicalWriter(value)(value);
}

/**
 * A writer of canonical JSON for `value` and any part of it: parts written with it read exactly as they
 * do inside the whole, so a file can be assembled from its rows' strings.
 */
export function canonicalWriter(value: unknown): (part: unknown) => string {
  const keys = new Set<string>();
  collectKeys(value, keys);
  const order = [...keys].sort(byPropertyOrder);
  return (part) => JSON.stringify(part, order) ?? 'null';
}

/**
 * The order an object holds sorted keys in, which the first version of the checksum wrote: integer-like
 * keys ("2", "10") first, by value, as JavaScript orders them; every other key by code unit.
 */
const integerKey = /^(0|[1-9][0-9]*)$/;
function isIndex(key: string): boolean {
  return integerKey.test(key) && Number(key) < 2 ** 32 - 1;
}
function byPropertyOrder(a: string, b: string): number {
  const aIndex = isIndex(a);
  const bIndex = isIndex(b);
  if (aIndex && bIndex) return Number(a) - Number(b);
  if (aIndex !== bIndex) return aIndex ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function collectKeys(value: unknown, into: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, into);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    into.add(key);
    collectKeys(record[key], into);
  }
}

/** `sha256:<hex>` of a canonical JSON text. */
export async function checksumOfCanonical(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
}

/** `sha256:<hex>` of the canonical JSON of `content` (without any `checksum` it has). */
export async function checksumOf(content: object): Promise<string> {
  const { checksum: _ignored, ...rest } = content as Record<string, unknown>;
  void _ignored;
  return checksumOfCanonical(canonicalJson(rest));
}
