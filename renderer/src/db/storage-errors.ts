/**
 * Turns IndexedDB's failures into errors the cockpit can explain. A full disk arrives as
 * QuotaExceededError, or wrapped as Dexie's AbortError with the real cause in `.inner`.
 */
export class StorageError extends Error {
  constructor(
    readonly reason: 'disk-full' | 'storage-failed',
    override readonly cause: unknown,
  ) {
    super(reason);
  }
}

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined;
}

export function isQuotaError(error: unknown): boolean {
  if (nameOf(error) === 'QuotaExceededError') return true;
  const inner = typeof error === 'object' && error !== null && 'inner' in error ? error.inner : undefined;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

/** Leaves domain errors alone; classifies storage failures. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('disk-full', error);
  const name = nameOf(error);
  const storageNames = [
    'AbortError',
    'UnknownError',
    'InvalidStateError',
    'DatabaseClosedError',
    'OpenFailedError',
  ];
  if (name !== undefined && storageNames.includes(name)) return new StorageError('storage-failed', error);
  return error;
}
