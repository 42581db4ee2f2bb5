/**
 * Markdown the exports write (ICS-211, the timeline, ICS-214): tables whose cells cannot break out of
 * their column or their row, whatever text a responder typed.
 */

/**
 * Text for a table cell (or a heading): a pipe or a backslash is escaped, a line break becomes <br>, and
 * `<` becomes `&lt;` so a pasted tag is read, not rendered, wherever the document is shown.
 */
export function markdownCell(value: string): string {
  // Most cells hold nothing to escape: a long timeline writes hundreds of thousands of them.
  if (!/[\\|<\n]/.test(value)) return value;
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('<', '&lt;')
    .replace(/\r?\n/g, '<br>');
}

/** A Markdown table as its lines: the header row, the rule, one line per row, every cell escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)];
}
