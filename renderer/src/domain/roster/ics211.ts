/**
 * ICS-211 (the incident check-in list) as CSV and Markdown: the rows emergency services keep,
 * with the fields that fit IT. Pure: the caller passes names and times already read from the store.
 */
import type { CheckInFact, Person, ResponderRole, TenureFact } from './types';

export type Ics211Row = {
  name: string;
  team: string;
  roles: string;
  location: string;
  contact: string;
  assignment: string;
  checkedIn: string;
  checkedOut: string;
  checkOutReason: string;
  note: string;
};

export const ics211Columns: readonly (keyof Ics211Row)[] = [
  'name',
  'team',
  'roles',
  'location',
  'contact',
  'assignment',
  'checkedIn',
  'checkedOut',
  'checkOutReason',
  'note',
];

export type Ics211Words = {
  role: (role: ResponderRole) => string;
  location: (c: CheckInFact) => string;
  reason: (c: CheckInFact) => string;
  time: (ts: number) => string;
};

/** One row per check-in, oldest first; roles are those held during that stay. */
export function ics211Rows(
  checkIns: readonly CheckInFact[],
  people: ReadonlyMap<string, Person>,
  tenures: readonly TenureFact[],
  words: Ics211Words,
): Ics211Row[] {
  return [...checkIns]
    .sort((a, b) => a.checkedInAt - b.checkedInAt)
    .map((c) => {
      const person = people.get(c.personId);
      const end = c.checkedOutAt ?? Number.POSITIVE_INFINITY;
      const roles = tenures
        .filter(
          (t) => t.personId === c.personId && t.assumedAt <= end && (t.renouncedAt ?? end) >= c.checkedInAt,
        )
        .map((t) => words.role(t.role));
      return {
        name: person?.name ?? c.personId,
        team: person?.team ?? '',
        roles: [...new Set(roles)].join('; '),
        location: words.location(c),
        contact: c.contact,
        assignment: c.assignment,
        checkedIn: words.time(c.checkedInAt),
        checkedOut: c.checkedOutAt === null ? '' : words.time(c.checkedOutAt),
        checkOutReason: words.reason(c),
        note: [c.backdatedReason, c.checkOutNote].filter((s) => s !== null && s !== '').join(' / '),
      };
    });
}

function csvCell(value: string): string {
  // Spreadsheets run cells starting with = + - @ as formulas: a hostile name must stay text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV with a header row, CRLF line ends. */
export function ics211Csv(rows: readonly Ics211Row[], header: Record<keyof Ics211Row, string>): string {
  const lines = [
    ics211Columns.map((c) => csvCell(header[c])),
    ...rows.map((r) => ics211Columns.map((c) => csvCell(r[c]))),
  ];
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

function markdownCell(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
}

/** A Markdown table under a title, ready to paste into a postmortem. */
export function ics211Markdown(
  title: string,
  rows: readonly Ics211Row[],
  header: Record<keyof Ics211Row, string>,
): string {
  const head = `| ${ics211Columns.map((c) => markdownCell(header[c])).join(' | ')} |`;
  const rule = `| ${ics211Columns.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${ics211Columns.map((c) => markdownCell(r[c])).join(' | ')} |`);
  return [`# ICS-211 — ${markdownCell(title)}`, '', head, rule, ...body, ''].join('\n');
}
