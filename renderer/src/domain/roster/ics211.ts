/**
 * ICS-211 (the incident check-in list) as CSV and Markdown: the rows emergency services keep,
 * with the fields that fit IT. Pure: the caller passes names and times already read from the store.
 */
import { csvText } from '../export/csv';
import { markdownCell, markdownTable } from '../export/markdown';
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

/** RFC 4180 CSV with a header row, CRLF line ends. */
export function ics211Csv(rows: readonly Ics211Row[], header: Record<keyof Ics211Row, string>): string {
  return csvText([ics211Columns.map((c) => header[c]), ...rows.map((r) => ics211Columns.map((c) => r[c]))]);
}

/** A Markdown table under a title, ready to paste into a postmortem. */
export function ics211Markdown(
  title: string,
  rows: readonly Ics211Row[],
  header: Record<keyof Ics211Row, string>,
): string {
  const table = markdownTable(
    ics211Columns.map((c) => header[c]),
    rows.map((r) => ics211Columns.map((c) => r[c])),
  );
  return [`# ICS-211 — ${markdownCell(title)}`, '', ...table, ''].join('\n');
}
