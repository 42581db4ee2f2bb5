/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, quotes doubled), made safe for spreadsheets:
 * every export of War Room (ICS-211, the timeline, ICS-214) goes through here, so none of them can carry a
 * formula a responder's name or a pasted log line smuggled in.
 */

/** One cell: quoted when it holds a comma, a quote or a line break; a leading formula character made text. */
export function csvCell(value: string): string {
  // Spreadsheets run cells starting with = + - @ (or a tab or CR before them) as formulas: keep them text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as one CSV text, every line (the last included) ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
