/**
 * The checksum of a backup: SHA-256 over its canonical JSON, the file without `checksum`, every object's
 * keys in code-unit order and no whitespace. One order for any content, so a file checks the same after
 * a reader reformats it, and an older version's file checks against what it held.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    // A prototype-less object: no key, not even `__proto__`, can reach a prototype.
    const sorted = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/** `sha256:<hex>` of the canonical JSON of `content` (without any `checksum` it has). */
export async function checksumOf(content: object): Promise<string> {
  const { checksum: _ignored, ...rest } = content as Record<string, unknown>;
  void _ignored;
  const bytes = new TextEncoder().encode(canonicalJson(rest));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `sha256:${hex}`;
}
