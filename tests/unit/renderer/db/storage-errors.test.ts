import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, StorageError, toStorageError } from '../../../../renderer/src/db/storage-errors';
import { DomainError } from '../../../../renderer/src/domain/errors';

describe('storage errors', () => {
  it('recognises a full disk directly and wrapped in AbortError.inner', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    const wrapped = new Dexie.AbortError('aborted', quota);
    expect(isQuotaError(wrapped)).toBe(true);
    expect(toStorageError(wrapped)).toMatchObject({ reason: 'disk-full' });
  });
  it('leaves refusals alone', () => {
    const refusal = new DomainError('required', { field: 'title' });
    expect(toStorageError(refusal)).toBe(refusal);
    expect(toStorageError(new Dexie.AbortError('x'))).toBeInstanceOf(StorageError);
  });
});
