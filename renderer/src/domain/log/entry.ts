import { DomainError } from '../errors';
import { limits } from '../incident/types';

export type CappedEntry = { saved: string; rest: string };

/**
 * Caps an entry at the log's limit without losing anything: the first part is saved, the rest is
 * handed back so the cockpit can keep it in the box for a follow-up entry. Cuts at a word break
 * near the limit when there is one.
 */
export function capEntryText(raw: string, max: number = limits.logEntryMaxLength): CappedEntry {
  const text = raw.trim();
  if (text === '') throw new DomainError('required', { field: 'entry' });
  if (text.length <= max) return { saved: text, rest: '' };
  const window = text.slice(0, max);
  const lastBreak = window.search(/\s\S*$/);
  const cut = lastBreak > max * 0.8 ? lastBreak : max;
  return { saved: text.slice(0, cut).trimEnd(), rest: text.slice(cut).trimStart() };
}
