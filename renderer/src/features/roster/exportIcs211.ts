import type { TFunction } from 'i18next';
import {
  ics211Columns,
  ics211Csv,
  ics211Markdown,
  ics211Rows,
  type Ics211Row,
} from '../../domain/roster/ics211';
import type { RosterInput } from '../../domain/roster/roster';
import type { Incident } from '../../domain/incident/types';
import { saveExport, type SavedExport } from '../../platform';

const headerKeys: Record<keyof Ics211Row, string> = {
  name: 'roster.person',
  team: 'roster.team',
  roles: 'roster.roles',
  location: 'roster.location',
  contact: 'roster.contact',
  assignment: 'roster.assignment',
  checkedIn: 'roster.checkInTime',
  checkedOut: 'roster.checkOut',
  checkOutReason: 'roster.checkOutReason',
  note: 'roster.note',
};

/** Builds the incident's ICS-211 in the IC's language and saves it (a file on the desktop, a download in a browser). */
export async function exportIcs211(
  t: TFunction,
  incident: Incident,
  input: RosterInput,
  format: 'csv' | 'markdown',
): Promise<SavedExport> {
  const time = (ts: number) => new Date(ts).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const here = input.checkIns.filter((c) => c.incidentId === incident.id);
  const rows = ics211Rows(here, input.people, input.tenures, {
    role: (r) => t(`terms.roles.${r}`),
    location: (c) => {
      const where = c.location === 'unstated' ? '' : t(`terms.locations.${c.location}`);
      if (c.locationDetail === '') return where;
      return where === '' ? c.locationDetail : `${where}: ${c.locationDetail}`;
    },
    reason: (c) => (c.checkOutReason === null ? '' : t(`terms.checkOutReasons.${c.checkOutReason}`)),
    time,
  });
  const header = Object.fromEntries(ics211Columns.map((c) => [c, t(headerKeys[c])])) as Record<
    keyof Ics211Row,
    string
  >;
  const base = `ics-211-${new Date(incident.declaredAt).toISOString().slice(0, 10)}-${incident.id.slice(-6).toLowerCase()}`;
  return format === 'csv'
    ? saveExport(`${base}.csv`, 'csv', ics211Csv(rows, header))
    : saveExport(`${base}.md`, 'markdown', ics211Markdown(incident.title, rows, header));
}
