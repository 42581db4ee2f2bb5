/**
 * The DRILL marker every export of a drill carries (timeline, ICS-214, postmortem), so a file read out of
 * War Room, weeks later and without the band around it, cannot be taken for the record of a real incident.
 */
import { markdownCell } from './markdown';

/** The marker's words in the reader's language: "DRILL" and the sentence that says what it means. */
export type DrillMark = { word: string; notice: string };

/** The document's title, marked: "[DRILL] Timeline — Checkout slow". */
export function drillTitle(title: string, drill: DrillMark | undefined): string {
  return drill === undefined ? title : `[${drill.word}] ${title}`;
}

/** The Markdown lines under a drill's heading: one bold quote that no renderer drops. */
export function drillMarkdownNotice(drill: DrillMark | undefined): string[] {
  return drill === undefined ? [] : [`> **${markdownCell(drill.word)}**: ${markdownCell(drill.notice)}`, ''];
}

/** A drill's CSV starts with one row that says so, before the header row. */
export function drillCsvRows(drill: DrillMark | undefined): string[][] {
  return drill === undefined ? [] : [[`[${drill.word}] ${drill.notice}`]];
}
