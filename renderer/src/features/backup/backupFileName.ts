/**
 * Names an export so a folder of them sorts by time and says what each holds, within the save method's
 * rule (letters, digits, dot, dash, underscore; at most 120 characters). Times are this desk's.
 */
const suffix = '.warroom-backup.json';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** 2026-12-03-1204: the desk's local date and time to the minute. */
function stamp(now: number): string {
  const at = new Date(now);
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${day}-${pad(at.getHours())}${pad(at.getMinutes())}`;
}

/** The title in ASCII letters and digits: a Japanese title has none, and then the id's tail names it. */
function slugOf(title: string, id: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? id.slice(-6).toLowerCase() : slug;
}

/** war-room-2026-12-03-1204.warroom-backup.json */
export function wholeBackupFileName(now: number): string {
  return `war-room-${stamp(now)}${suffix}`;
}

/**
 * incident-payments-down-2026-12-03-1204.warroom-backup.json; a drill's is drill-…, so a folder of backups
 * never passes a practice run for a real incident (inside, its declaration says isDrill as well).
 */
export function incidentBackupFileName(
  incident: { id: string; title: string; isDrill?: boolean },
  now: number,
): string {
  const kind = incident.isDrill === true ? 'drill' : 'incident';
  return `${kind}-${slugOf(incident.title, incident.id)}-${stamp(now)}${suffix}`;
}
