import { describe, expect, it } from 'vitest';
import { ics211Csv, ics211Markdown, ics211Rows } from '../../../../../renderer/src/domain/roster/ics211';
import type { CheckInFact, Person, TenureFact } from '../../../../../renderer/src/domain/roster/types';

const person = (id: string, name: string): Person => ({
  id,
  name,
  team: 'SRE',
  contact: '',
  slackUserId: null,
  email: null,
  timeZone: 'UTC',
});
const people = new Map([
  ['a', person('a', 'Alice')],
  ['b', person('b', '=HYPERLINK("x")')],
]);
const stay = (id: string, personId: string, from: number, to: number | null): CheckInFact => ({
  id,
  incidentId: 'i',
  personId,
  location: 'office',
  locationDetail: '',
  contact: 'ext 42',
  assignment: 'DB, failover',
  checkedInAt: from,
  backdatedReason: null,
  checkedOutAt: to,
  checkOutReason: to === null ? null : 'shift-end',
  checkOutNote: '',
});
const tenure = (personId: string, role: TenureFact['role'], from: number, to: number | null): TenureFact => ({
  id: `${personId}-${role}`,
  incidentId: 'i',
  personId,
  role,
  assumedAt: from,
  renouncedAt: to,
});
const words = {
  role: (r: string) => r,
  location: (c: CheckInFact) => c.location,
  reason: (c: CheckInFact) => c.checkOutReason ?? '',
  time: (ts: number) => `t${ts}`,
};
const header = {
  name: 'Name',
  team: 'Team',
  roles: 'Roles',
  location: 'Location',
  contact: 'Contact',
  assignment: 'Assignment',
  checkedIn: 'In',
  checkedOut: 'Out',
  checkOutReason: 'Reason',
  note: 'Note',
};

describe('ICS-211 export', () => {
  const rows = ics211Rows(
    [stay('2', 'b', 20, null), stay('1', 'a', 10, 30)],
    people,
    [
      tenure('a', 'incident-commander', 10, 25),
      tenure('a', 'scribe', 26, null),
      tenure('b', 'responder', 20, null),
    ],
    words,
  );

  it('has one row per check-in, oldest first, with the roles held during that stay', () => {
    expect(rows.map((r) => [r.name, r.roles, r.checkedIn, r.checkedOut, r.checkOutReason])).toEqual([
      ['Alice', 'incident-commander; scribe', 't10', 't30', 'shift-end'],
      ['=HYPERLINK("x")', 'responder', 't20', '', ''],
    ]);
  });

  it('writes CSV that quotes commas and defuses spreadsheet formulas', () => {
    const csv = ics211Csv(rows, header).split('\r\n');
    expect(csv[0]).toBe('Name,Team,Roles,Location,Contact,Assignment,In,Out,Reason,Note');
    expect(csv[1]).toBe(
      'Alice,SRE,incident-commander; scribe,office,ext 42,"DB, failover",t10,t30,shift-end,',
    );
    expect(csv[2]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });

  it('writes a Markdown table whose cells cannot break the table', () => {
    const md = ics211Markdown('DB | down', rows, header).split('\n');
    expect(md[0]).toBe('# ICS-211 — DB \\| down');
    expect(md[2]).toBe(
      '| Name | Team | Roles | Location | Contact | Assignment | In | Out | Reason | Note |',
    );
    expect(md).toHaveLength(7);
  });
});
