/**
 * The sections written from tagged log entries: root cause and contributing factors, detection, what
 * went well, what went wrong, where we got lucky. Blameless by construction: an entry is quoted by its
 * words and its time, never by its author, and an empty section asks the author to write it.
 */
import type { EntryTag } from './events';
import {
  entriesInOrder,
  firstEventAtOrDeclared,
  type LogEntry,
  type PostmortemFacts,
  type PostmortemWords,
} from './facts';
import { once } from './memo';
import { bullet, prompt, quotedEntry } from './markdown';
import { tagsIn } from './tags';

/** The entries tagged so, in event-time order. */
export function taggedEntries(facts: PostmortemFacts, tag: EntryTag): LogEntry[] {
  const tags = once(facts.events, 'tags', () => tagsIn(facts.events));
  return entriesInOrder(facts).filter((e) => tags.get(e.id)?.has(tag) ?? false);
}

function quotes(facts: PostmortemFacts, words: PostmortemWords, tag: EntryTag): string[] {
  return taggedEntries(facts, tag).map((entry) => quotedEntry(words.time(entry.ts), entry.payload.text));
}

function quotesOrPrompt(facts: PostmortemFacts, words: PostmortemWords, tag: EntryTag): string {
  const found = quotes(facts, words, tag);
  return found.length === 0 ? prompt(words.say(`tagged.none.${tag}`)) : found.join('\n');
}

export function causesSection(facts: PostmortemFacts, words: PostmortemWords): string {
  return [
    `### ${words.say('causes.rootCause')}`,
    '',
    quotesOrPrompt(facts, words, 'root-cause'),
    '',
    `### ${words.say('causes.contributing')}`,
    '',
    quotesOrPrompt(facts, words, 'contributing-factor'),
  ].join('\n');
}

export function detectionSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const first = firstEventAtOrDeclared(facts);
  const declared = facts.incident.declaredAt;
  const when =
    first < declared
      ? words.say('detection.before', {
          first: words.time(first),
          declared: words.time(declared),
          duration: words.duration((declared - first) / 60_000),
        })
      : words.say('detection.declared', { declared: words.time(declared) });
  return [bullet(when), '', quotesOrPrompt(facts, words, 'detection')].join('\n');
}

/** What went well, what went wrong, where we got lucky: one section each. */
export function reflectionSection(
  facts: PostmortemFacts,
  words: PostmortemWords,
  tag: Extract<EntryTag, 'went-well' | 'went-wrong' | 'lucky'>,
): string {
  return quotesOrPrompt(facts, words, tag);
}
