/**
 * Builds the broadcast exactly as Slack will receive it, so the composer's preview is the message sent.
 * Every piece of text that reaches mrkdwn or the fallback `text` is escaped; the header is `plain_text`,
 * which Slack never parses, so it carries the incident title as typed.
 */
import type { IncidentStatus, Severity } from '../incident/types';
import { drillMessage } from './drill';
import { escapeSlackText } from './escape';
import { englishLabels, type BroadcastLabels } from './labels';
import { formatDueTime } from './time';
import {
  templateSections,
  type Block,
  type BroadcastMessage,
  type BroadcastSectionKey,
  type BroadcastTemplate,
  type MrkdwnTextObject,
} from './types';

export type BroadcastDraft = {
  template: BroadcastTemplate;
  incidentTitle: string;
  severity: Severity;
  status: IncidentStatus;
  commanderName: string;
  /** The IC's edited text per section of the template; sections of the other template are ignored. */
  sections: Partial<Record<BroadcastSectionKey, string>>;
  /** Null when the cadence is "on status change only". */
  nextUpdateBy: number | null;
  declaredAt: number;
  now: number;
  /** IANA zone the stakeholders read times in; UTC unless the IC chose one. */
  timeZone?: string;
  /** A drill's update: marked [DRILL] at the top of the header and the text. */
  isDrill?: boolean;
};

export type NextUpdate = {
  status: IncidentStatus;
  nextUpdateBy: number | null;
  now: number;
  timeZone?: string;
};

/** The promise that closes every broadcast (and the channel topic): when stakeholders hear from us next. */
export function describeNextUpdate(next: NextUpdate, labels: BroadcastLabels = englishLabels): string {
  if (next.status === 'resolved') return labels.finalUpdate;
  if (next.nextUpdateBy === null) return labels.nextUpdateOnStatusChange;
  const dueTime = formatDueTime(next.nextUpdateBy, next.now, next.timeZone ?? 'UTC', labels.locale);
  return labels.nextUpdateBy(dueTime);
}

function mrkdwn(text: string): MrkdwnTextObject {
  return { type: 'mrkdwn', text };
}

function headline(draft: BroadcastDraft): string {
  return `${draft.severity} · ${draft.incidentTitle}`;
}

type Labelled = { label: string; value: string };

function summaryFacts(draft: BroadcastDraft, labels: BroadcastLabels): Labelled[] {
  const minutes = Math.floor((draft.now - draft.declaredAt) / 60_000);
  return [
    { label: labels.severity, value: draft.severity },
    { label: labels.status, value: labels.statusNames[draft.status] },
    { label: labels.commander, value: draft.commanderName.trim() || labels.notNamed },
    { label: labels.duration, value: labels.formatDuration(minutes) },
  ];
}

function sectionTexts(draft: BroadcastDraft, labels: BroadcastLabels): Labelled[] {
  return templateSections[draft.template].map((key) => {
    const typed = (draft.sections[key] ?? '').trim();
    return { label: labels.sections[key], value: typed };
  });
}

/** The label of the summary field at `fieldIndex` (the order of summaryFacts), so a limit problem can name it. */
export function summaryFieldLabel(fieldIndex: number, labels: BroadcastLabels = englishLabels): string {
  return [labels.severity, labels.status, labels.commander, labels.duration][fieldIndex] ?? '';
}

/** Blocks before the first typed section: the header, the summary fields and a divider. */
const blocksBeforeSections = 3;

/** The typed section a block of `buildBroadcastMessage` shows, so a limit problem can name the IC's field. */
export function sectionAtBlock(
  template: BroadcastTemplate,
  blockIndex: number,
): BroadcastSectionKey | undefined {
  return blockIndex < blocksBeforeSections
    ? undefined
    : templateSections[template][blockIndex - blocksBeforeSections];
}

/** The Block Kit blocks and the fallback text of one broadcast, both escaped, both in the labels' language. */
export function buildBroadcastMessage(
  draft: BroadcastDraft,
  labels: BroadcastLabels = englishLabels,
): BroadcastMessage {
  const facts = summaryFacts(draft, labels);
  const sections = sectionTexts(draft, labels);
  const closing = describeNextUpdate(draft, labels);
  const e = escapeSlackText;

  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: headline(draft) } },
    { type: 'section', fields: facts.map((f) => mrkdwn(`*${e(f.label)}*\n${e(f.value)}`)) },
    { type: 'divider' },
    // blocksBeforeSections counts the three blocks above.
    ...sections.map((s): Block => ({
      type: 'section',
      text: mrkdwn(`*${e(s.label)}*\n${s.value ? e(s.value) : `_${e(labels.nothingToReport)}_`}`),
    })),
    { type: 'divider' },
    { type: 'context', elements: [mrkdwn(`*${e(closing)}*`)] },
  ];

  const text = [
    headline(draft),
    facts.map((f) => `${f.label}: ${f.value}`).join(' · '),
    ...sections.map((s) => `${s.label}:\n${s.value || labels.nothingToReport}`),
    closing,
  ]
    .map(e)
    .join('\n\n');

  return draft.isDrill === true ? drillMessage({ blocks, text }) : { blocks, text };
}
