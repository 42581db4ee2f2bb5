/**
 * The sections that tell what happened: the summary, the timeline's highlights, and what was tried
 * (each decision with the hypotheses and facts logged since the one before it, which is what the
 * room had in front of it when it decided).
 */
import type { IncidentEvent, LogEntryKind } from '../log/events';
import { endOf, byEventTime, severitySpans, type PostmortemFacts, type PostmortemWords } from './facts';
import { highlightEvents } from './highlights';
import { bullet, inline, markdownTable, prompt } from './markdown';

const minute = 60_000;

export function summarySection(facts: PostmortemFacts, words: PostmortemWords): string {
  const { incident } = facts;
  const severities = [...new Set(severitySpans(facts).map((span) => span.severity))].join(' → ');
  const values = {
    title: inline(incident.title),
    severities,
    declared: words.time(incident.declaredAt),
    resolved: incident.resolvedAt === null ? '' : words.time(incident.resolvedAt),
    status: words.status(incident.status),
    duration: words.duration((endOf(facts) - incident.declaredAt) / minute),
  };
  const lines = [words.say(incident.resolvedAt === null ? 'summary.ongoing' : 'summary.resolved', values)];
  if (incident.isDrill) lines.push('', words.say('summary.drill'));
  if (incident.summary.trim() !== '') lines.push('', inline(incident.summary.trim()));
  lines.push('', prompt(words.say('summary.prompt')));
  return lines.join('\n');
}

function authorOf(event: IncidentEvent): string {
  return event.type === 'log.entry-added' ? event.payload.author : event.actor;
}

export function timelineSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const rows = highlightEvents(facts.events).map(({ event, starred }) => [
    words.time(event.ts),
    starred ? '★' : '',
    words.describe(event),
    authorOf(event),
  ]);
  const header = ['time', 'starred', 'what', 'by'].map((c) => words.say(`timeline.${c}`));
  return [...markdownTable(header, rows), '', prompt(words.say('timeline.prompt'))].join('\n');
}

type Entry = Extract<IncidentEvent, { type: 'log.entry-added' }>;

function entryLine(entry: Entry, words: PostmortemWords, indent = ''): string {
  return `${indent}${bullet(`**${words.kind(entry.payload.kind)}** (${words.time(entry.ts)}): ${inline(entry.payload.text)}`)}`;
}

const reasons: readonly LogEntryKind[] = ['hypothesis', 'fact'];

export function triedSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const entries = facts.events.filter((e): e is Entry => e.type === 'log.entry-added').sort(byEventTime);
  const lines: string[] = [];
  let pending: Entry[] = [];
  for (const entry of entries) {
    if (reasons.includes(entry.payload.kind)) pending.push(entry);
    if (entry.payload.kind !== 'decision') continue;
    lines.push(entryLine(entry, words));
    for (const reason of pending) lines.push(entryLine(reason, words, '  '));
    pending = [];
  }
  if (pending.length > 0) {
    lines.push(bullet(words.say('tried.undecided')));
    for (const reason of pending) lines.push(entryLine(reason, words, '  '));
  }
  if (lines.length === 0) return prompt(words.say('tried.none'));
  return lines.join('\n');
}
