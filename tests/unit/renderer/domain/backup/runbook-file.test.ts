import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../../renderer/src/domain/errors';
import { parseRunbookFile } from '../../../../../renderer/src/domain/runbooks/file';
import { sampleText } from './sample';

describe('a backup given to the runbook import', () => {
  it('is refused as a backup, pointing to Backups, not as a list of wrong fields', async () => {
    const text = await sampleText();
    let refusal: unknown;
    try {
      parseRunbookFile(text);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('runbook-is-backup');
  });
});
