/**
 * How Slack displays the mrkdwn War Room sends, for the composer's preview: `*bold*`, `_italic_`, line breaks,
 * and the entities `&amp;` `&lt;` `&gt;` shown as the characters the IC typed. Only what our messages can
 * contain is read; escaped user text has no `<…>` left for Slack to turn into pings or links.
 */

export type MrkdwnSpan = { text: string; bold: boolean; italic: boolean };

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** The text as a reader sees it: entities turned back into their characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (entity) => entities[entity] ?? entity);
}

// Slack formats *x* and _x_ only when the markers sit at word edges.
const styled = /(^|[\s(])([*_])(?=\S)([^\n]*?\S)\2(?=$|[\s.,;:!?)])/g;

/** One line of mrkdwn as styled spans, in order. */
export function parseMrkdwnLine(line: string): MrkdwnSpan[] {
  const spans: MrkdwnSpan[] = [];
  let at = 0;
  for (const match of line.matchAll(styled)) {
    const [whole, before = '', marker, inner = ''] = match;
    const start = (match.index ?? 0) + before.length;
    if (start > at) spans.push({ text: decodeEntities(line.slice(at, start)), bold: false, italic: false });
    spans.push({ text: decodeEntities(inner), bold: marker === '*', italic: marker === '_' });
    at = (match.index ?? 0) + whole.length;
  }
  if (at < line.length) spans.push({ text: decodeEntities(line.slice(at)), bold: false, italic: false });
  return spans;
}

/** The whole text, line by line. */
export function parseMrkdwn(text: string): MrkdwnSpan[][] {
  return text.split('\n').map(parseMrkdwnLine);
}
