/**
 * The few Markdown shapes a draft is written in. Whatever a responder typed goes through `inline`
 * (domain/export's cell escaping), so a pasted tag, pipe or line break cannot break the document.
 */
import { markdownCell } from '../export/markdown';

export { markdownTable } from '../export/markdown';

/** Someone's text, made safe to sit inside a line of the draft. */
export const inline = markdownCell;

export function bullet(text: string): string {
  return `- ${text}`;
}

/** A line the author is asked to complete: italic, so it reads as a question, not a finding. */
export function prompt(text: string): string {
  return `_${text}_`;
}

/** A log entry's own words, quoted with when it happened and never who wrote it. */
export function quotedEntry(time: string, text: string): string {
  return `- ${time}: “${inline(text)}”`;
}
