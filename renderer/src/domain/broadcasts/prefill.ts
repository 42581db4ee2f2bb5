/**
 * A first draft of each section from what the cockpit already knows, so the IC edits rather than writes.
 * Plain, readable text: escaping happens when the message is built, never in what the IC edits.
 */
import type { IncidentStatus } from '../incident/types';
import type { LogEntryKind } from '../log/events';
import { englishLabels, type BroadcastLabels } from './labels';
import { formatClockOnDay } from './time';
import type { BroadcastSectionKey, BroadcastTemplate } from './types';

export type OpenTaskFact = { title: string; ownerName: string | null };
export type LogFact = { kind: LogEntryKind; text: string; ts: number };

/** Severity is not here: the message's summary fields already state it. */
export type IncidentFacts = {
  status: IncidentStatus;
  commanderName: string;
  declaredAt: number;
  now: number;
  openTasks: readonly OpenTaskFact[];
  /** Log entries; only facts and decisions are used, hypotheses never reach stakeholders. */
  log: readonly LogFact[];
  checkedInCount: number;
  timeZone?: string;
  /** How many of the latest facts and of the latest decisions to include; 5 unless told. */
  latestCount?: number;
};

const bullet = (line: string): string => `• ${line}`;

function latest(log: readonly LogFact[], kind: LogEntryKind, count: number): LogFact[] {
  const ofKind = log.filter((entry) => entry.kind === kind).sort((a, b) => a.ts - b.ts);
  return count > 0 ? ofKind.slice(-count) : [];
}

function paragraphs(...parts: string[][]): string {
  return parts
    .map((lines) => lines.join('\n'))
    .filter((part) => part !== '')
    .join('\n\n');
}

/** Pre-filled text per section of the template, from the incident's facts, tasks and log. */
export function prefillSections(
  template: BroadcastTemplate,
  facts: IncidentFacts,
  labels: BroadcastLabels = englishLabels,
): Partial<Record<BroadcastSectionKey, string>> {
  const count = facts.latestCount ?? 5;
  const timeZone = facts.timeZone ?? 'UTC';
  const latestFacts = latest(facts.log, 'fact', count);
  const latestDecisions = latest(facts.log, 'decision', count);
  const owned = facts.openTasks.filter((task) => task.ownerName !== null && task.ownerName.trim() !== '');
  const unowned = facts.openTasks.filter((task) => !owned.includes(task));
  const responders = labels.respondersOnIncident(facts.checkedInCount);

  if (template === 'tactical') {
    const clock = (entry: LogFact): string => formatClockOnDay(entry.ts, facts.now, timeZone);
    return {
      conditions: paragraphs(latestFacts.map((entry) => bullet(`${clock(entry)} ${entry.text}`))),
      actions: paragraphs(
        [responders],
        latestDecisions.map((entry) => bullet(`${clock(entry)} ${labels.decided(entry.text)}`)),
        owned.map((task) => bullet(labels.ownedBy(task.title, task.ownerName ?? ''))),
      ),
      needs: paragraphs(unowned.map((task) => bullet(labels.ownerNeeded(task.title)))),
    };
  }

  // Executives get the granularity DOMAIN.md asks for: impact, status, next step; no owners, no clock times.
  const minutes = Math.floor((facts.now - facts.declaredAt) / 60_000);
  const commander = facts.commanderName.trim() || labels.notNamed;
  return {
    impact: paragraphs(latestFacts.map((entry) => bullet(entry.text))),
    currentStatus: paragraphs(
      [
        [
          labels.statusFor(labels.statusNames[facts.status], labels.formatDuration(minutes)),
          labels.ledBy(commander),
          responders,
        ].join(' '),
      ],
      latestDecisions.map((entry) => bullet(labels.decided(entry.text))),
    ),
    nextSteps: paragraphs(facts.openTasks.map((task) => bullet(task.title))),
  };
}
