/**
 * The timeline as Markdown (to paste into a postmortem) and as CSV (to sort and annotate), with the
 * zone named in the Time column's header. Both escape through domain/export, so a pasted formula or a
 * pipe in a log line stays text.
 */
import { csvText } from '../export/csv';
import { drillCsvRows, drillMarkdownNotice, drillTitle, type DrillMark } from '../export/drill';
import { markdownCell, markdownTable } from '../export/markdown';
import type { TimelineClock } from './clock';
import type { TimelineKind } from './kinds';
import type { TimelineLine } from './line';

export const timelineColumns = ['time', 'recorded', 'kind', 'text', 'by', 'starred', 'link'] as const;
export type TimelineColumn = (typeof timelineColumns)[number];

export type TimelineWords = {
  /** The document's heading, e.g. "Timeline — Payments down". */
  title: string;
  /** Lines under the heading: the zone, the filter in use. */
  preamble: readonly string[];
  columns: Record<TimelineColumn, string>;
  kind: (kind: TimelineKind) => string;
  /** "recorded 19:42", with why it is dated earlier when a reason was given. */
  recorded: (time: string, reason: string | null) => string;
  /** The mark of a starred line, e.g. "★". */
  starred: string;
  /** "edited", "deleted in Slack": how an imported Slack message changed since. */
  changedInSlack: (change: 'edited' | 'deleted') => string;
  /** Given for a drill: the title and the file say DRILL. */
  drill?: DrillMark;
};

/** The line's words as an export shows them: marked if Slack changed it since, then an update's message. */
export function lineText(line: TimelineLine, changedInSlack: TimelineWords['changedInSlack']): string {
  const text =
    line.changedInSlack === null ? line.text : `${line.text} (${changedInSlack(line.changedInSlack)})`;
  return line.message === null ? text : `${text}\n${line.message}`;
}

function cells(
  line: TimelineLine,
  words: TimelineWords,
  clock: TimelineClock,
): Record<TimelineColumn, string> {
  return {
    time: clock.time(line.ts),
    recorded:
      line.recordedAt === null
        ? ''
        : words.recorded(clock.recorded(line.recordedAt, line.ts), line.backdatedReason),
    kind: words.kind(line.kind),
    text: lineText(line, words.changedInSlack),
    by: line.by,
    starred: line.starred ? words.starred : '',
    link: line.link ?? '',
  };
}

function header(words: TimelineWords, clock: TimelineClock): string[] {
  return timelineColumns.map((c) =>
    c === 'time' ? `${words.columns.time} (${clock.timeZone})` : words.columns[c],
  );
}

/** The lines as rows of cells in the columns' order, for the exports built on the timeline (ICS-214). */
export function timelineRows(
  lines: readonly TimelineLine[],
  words: TimelineWords,
  clock: TimelineClock,
): string[][] {
  return lines.map((line) => {
    const row = cells(line, words, clock);
    return timelineColumns.map((c) => row[c]);
  });
}

/** A Markdown document: the heading, the preamble (zone, filter), one table row per line. */
export function timelineMarkdown(
  lines: readonly TimelineLine[],
  words: TimelineWords,
  clock: TimelineClock,
): string {
  const table = markdownTable(header(words, clock), timelineRows(lines, words, clock));
  // Each preamble line its own paragraph: Markdown would run consecutive lines into one.
  const preamble = words.preamble.flatMap((line) => [markdownCell(line), '']);
  const heading = `# ${markdownCell(drillTitle(words.title, words.drill))}`;
  return [heading, '', ...drillMarkdownNotice(words.drill), ...preamble, ...table, ''].join('\n');
}

/** RFC 4180 CSV: a header row naming the zone, one row per line. */
export function timelineCsv(
  lines: readonly TimelineLine[],
  words: TimelineWords,
  clock: TimelineClock,
): string {
  return csvText([...drillCsvRows(words.drill), header(words, clock), ...timelineRows(lines, words, clock)]);
}
