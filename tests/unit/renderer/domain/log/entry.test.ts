import { describe, expect, it } from 'vitest';
import { capEntryText } from '../../../../../renderer/src/domain/log/entry';

describe('capEntryText', () => {
  it('keeps a short entry whole, trimmed', () => {
    expect(capEntryText('  rollback done \n')).toEqual({ saved: 'rollback done', rest: '' });
  });
  it('cuts at a word break near the limit and returns the rest', () => {
    expect(capEntryText('aaaa bbbb cccc', 11)).toEqual({ saved: 'aaaa bbbb', rest: 'cccc' });
  });
  it('cuts hard when there is no word break', () => {
    expect(capEntryText('x'.repeat(15), 10)).toEqual({ saved: 'x'.repeat(10), rest: 'xxxxx' });
  });
  it('refuses an empty entry', () => {
    expect(() => capEntryText('   ')).toThrowError('required');
  });
});
