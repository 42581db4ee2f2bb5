/**
 * The sections that tell what happened: the summary, the timeline's highlights, and what was tried
 * (each decision with the hypotheses and facts logged since the one before it, which is what the
 * room had in front of it when it decided).
 */
import type { IncidentEvent, LogEntryKind } from '../log/events';
import {
  endOf,
  entriesInOrder,
  severitySpans,
  type LogEntry,
  type PostmortemFacts,
  type PostmortemWords,
} from './facts';
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

function entryLine(entry: LogEntry, words: PostmortemWords, indent = ''): string {
  const { kind, text } = entry.payload;
  return `${indent}${bullet(`**${words.kind(kind)}** (${words.time(entry.ts)}): ${inline(text)}`)}`;
}

const reasons: readonly LogEntryKind[] = ['hypothesis', 'fact'];
/** The facts and hypotheses shown under a decision: the latest few, what the room had in mind. */
export const reasonsShown = 3;

function reasonLines(pending: readonly LogEntry[], words: PostmortemWords): string[] {
  const shown = pending.slice(-reasonsShown).map((reason) => entryLine(reason, words, '  '));
  const earlier = pending.length - reasonsShown;
  return earlier > 0 ? [`  ${bullet(words.say('tried.earlier', { count: earlier }))}`, ...shown] : shown;
}

export function triedSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const lines: string[] = [];
  let pending: LogEntry[] = [];
  for (const entry of entriesInOrder(facts)) {
    if (reasons.includes(entry.payload.kind)) pending.push(entry);
    if (entry.payload.kind !== 'decision') continue;
    lines.push(entryLine(entry, words), ...reasonLines(pending, words));
    pending = [];
  }
  if (pending.length > 0) lines.push(bullet(words.say('tried.undecided')), ...reasonLines(pending, words));
  if (lines.length === 0) return prompt(words.say('tried.none'));
  return lines.join('\n');
}
