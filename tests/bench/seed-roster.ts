/**
 * What the responders bench seeds: one incident with 200 people checked in, each with 30 days of
 * history (two stretches of duty a day on other incidents, one or two rests), in several time zones.
 * Rows are what the projector would have left. The current incident also gets its events (directory,
 * check-ins, rests), so its log and count match; past incidents get neither rows nor events: the
 * roster reads check-ins and rests by person, never by incident.
 */
import type { Page } from '@playwright/test';
import { idAt } from './ids';
import { v3RowsOf } from '../../renderer/src/db/projections/upgrade-v3';
import type { CheckInRow, PersonRow, RestRow, RoleTenureRow } from '../../renderer/src/db/rows';
import { instantOfLocalTime, localDayOf } from '../../renderer/src/domain/fatigue/localTime';
import type { Incident } from '../../renderer/src/domain/incident/types';
import {
  logCategoryOf,
  type EventPayload,
  type IncidentEvent,
  type IncidentEventType,
} from '../../renderer/src/domain/log/events';
import type { RosterInput } from '../../renderer/src/domain/roster/roster';
import { directoryStream, type Location, type ResponderRole } from '../../renderer/src/domain/roster/types';

export type RosterSeed = {
  incident: Incident;
  people: PersonRow[];
  checkIns: CheckInRow[];
  roleTenures: RoleTenureRow[];
  rests: RestRow[];
  events: IncidentEvent[];
};
type Rows = Omit<RosterSeed, 'incident'>;
type Span = { start: number; end: number };
type History = { now: number; days: number; until: number; incidentAt: (t: number) => string };

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
// New York, Paris and Sydney change clocks in spring and autumn, so most months of history cross a
// DST change; Kolkata and Tokyo never change.
const zones = ['America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const firstNames = 'Aiko Bruno Chloé Dev Emeka Farah Gustavo Hana Ines Jonas'.split(' ');
const surnames = 'Abe Berg Costa Dubois Evans Fischer Gupta Haddad Ito Jensen Kim Lopez Mensah Novak'
  .concat(' Okafor Patel Quinn Rossi Sato Tran')
  .split(' ');
const extraRoles: ResponderRole[] = ['scribe', 'communications-lead', 'ops-lead', 'subject-matter-expert'];

/** A repeatable stream of numbers in [0, 1), so every run seeds the same month. */
function randomStream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One local day of past duty: two stretches with a pause between, a rest in the first, often the second. */
function dayOfDuty(zone: string, at: number, nightShift: boolean, random: () => number) {
  const { year, month, day: date } = localDayOf(zone, at);
  const first = instantOfLocalTime(zone, year, month, date, nightShift ? 22 : 8) + random() * hour;
  const firstEnd = first + (3.5 + random()) * hour;
  const second = firstEnd + (0.5 + random() * 0.5) * hour;
  const restAt = first + (1.5 + random()) * hour;
  const stretches = [
    { start: first, end: firstEnd, rests: [{ start: restAt, end: restAt + (20 + random() * 20) * minute }] },
    { start: second, end: second + (3 + random() * 2) * hour, rests: [] as Span[] },
  ];
  if (random() < 0.5) stretches[1]?.rests.push({ start: second + 2 * hour, end: second + 2.4 * hour });
  const whole = (s: Span) => ({ start: Math.round(s.start), end: Math.round(s.end) });
  return stretches.map((s) => ({ ...whole(s), rests: s.rests.map(whole) }));
}

/** An event as the app's appender would have written it (db/append.ts newEvent), id sortable by time. */
function eventOf<T extends IncidentEventType>(
  type: T,
  incidentId: string,
  ts: number,
  payload: EventPayload<T>,
) {
  const event = { id: idAt(ts), incidentId, ts, recordedAt: ts, actor: 'Aiko Abe', type, payload };
  // EventPayload<T> ties the payload to `type`; TypeScript cannot see through the generic union.
  return event as unknown as IncidentEvent;
}

/** Closed check-ins (with their role and rests) for a month of duty ending before `until`. */
function addHistory(rows: Rows, n: number, history: History, random: () => number) {
  const { now, days, until, incidentAt } = history;
  const person = rows.people[n];
  if (person === undefined) return;
  // One in five works nights: their duty falls in the hours the fatigue model weighs most.
  const nightShift = n % 5 === 4;
  for (let d = days; d >= 0; d -= 1) {
    for (const stretch of dayOfDuty(person.timeZone, now - d * day, nightShift, random)) {
      if (stretch.start < now - days * day || stretch.end > until) continue;
      const past = { incidentId: incidentAt(stretch.start), personId: person.id };
      const checkInId = idAt(stretch.start);
      rows.checkIns.push({
        ...past,
        id: checkInId,
        location: 'remote',
        locationDetail: '',
        contact: person.contact,
        assignment: 'Past incident',
        checkedInAt: stretch.start,
        backdatedReason: null,
        checkedOutAt: stretch.end,
        checkOutReason: 'shift-end',
        checkOutNote: '',
      });
      const tenure = { ...past, id: idAt(stretch.start), role: 'responder' } as const;
      rows.roleTenures.push({ ...tenure, assumedAt: stretch.start, renouncedAt: stretch.end });
      for (const { start, end } of stretch.rests) {
        rows.rests.push({ ...past, id: idAt(start), checkInId, startedAt: start, endedAt: end });
      }
    }
  }
}

/** Checked in on the incident now, in one or two roles; rested once if on for 3 h, a few resting now. */
function addCheckIn(rows: Rows, n: number, incidentId: string, at: { now: number; checkedInAt: number }) {
  const { now, checkedInAt } = at;
  const person = rows.people[n];
  if (person === undefined) return;
  const who = { personId: person.id, personName: person.name };
  const roles: ResponderRole[] = n === 0 ? ['incident-commander'] : ['responder'];
  if (n % 4 === 1) roles.push(extraRoles[Math.floor(n / 4) % extraRoles.length] ?? 'scribe');
  const tenures = roles.map((role) => ({ tenureId: idAt(checkedInAt), role }));
  const checkInId = idAt(checkedInAt);
  const here = { incidentId, personId: person.id };
  const location: Location = n % 3 === 0 ? 'office' : 'remote';
  const assignment = `Workstream ${1 + (n % 12)}`;
  const details = { location, locationDetail: '', contact: person.contact, assignment };
  rows.checkIns.push({
    ...here,
    ...details,
    id: checkInId,
    checkedInAt,
    backdatedReason: null,
    checkedOutAt: null,
    checkOutReason: null,
    checkOutNote: '',
  });
  for (const { tenureId, role } of tenures) {
    rows.roleTenures.push({ ...here, id: tenureId, role, assumedAt: checkedInAt, renouncedAt: null });
  }
  const payload = { ...who, ...details, checkInId, roles: tenures, backdatedReason: null };
  rows.events.push(eventOf('responder.checked-in', incidentId, checkedInAt, payload));
  const rests: { start: number; end: number | null }[] = [];
  const restAt = checkedInAt + 2 * hour;
  if (now - checkedInAt > 3 * hour) rests.push({ start: restAt, end: restAt + 30 * minute });
  if (n % 10 === 3 && now - checkedInAt > hour) rests.push({ start: now - 20 * minute, end: null });
  for (const { start, end } of rests) {
    const restId = idAt(start);
    rows.rests.push({ ...here, id: restId, checkInId, startedAt: start, endedAt: end });
    rows.events.push(eventOf('rest.started', incidentId, start, { ...who, restId, checkInId }));
    if (end !== null) rows.events.push(eventOf('rest.ended', incidentId, end, { ...who, restId }));
  }
}

/** The seed for `headcount` responders on an incident at `now`, each with `days` days of history. */
export function rosterSeed(now: number, headcount = 200, days = 30): RosterSeed {
  const random = randomStream(20_261_124);
  const rows: Rows = { people: [], checkIns: [], roleTenures: [], rests: [], events: [] };
  // The commander declared the incident (and so checked in) first; the others came over the next hours.
  const declaredAt = now - 14 * hour;
  const incidentId = idAt(declaredAt);
  const joinedAt = now - (days + 2) * day;
  // The incidents a month of duty was spent on: a new one every 18 hours.
  const pastIncidents = new Map<number, string>();
  const incidentAt = (t: number) => {
    const slot = Math.floor(t / (18 * hour));
    const id = pastIncidents.get(slot) ?? idAt(slot * 18 * hour);
    pastIncidents.set(slot, id);
    return id;
  };
  for (let i = 0; i < headcount; i += 1) {
    const person = {
      id: idAt(joinedAt),
      name: `${firstNames[i % 10]} ${surnames[Math.floor(i / 10) % 20]}`,
      team: `Team ${1 + (i % 7)}`,
      contact: `+1 555 01${String(i).padStart(3, '0')}`,
      slackUserId: null,
      email: null,
      timeZone: zones[i % zones.length] ?? 'UTC',
    };
    rows.people.push({ ...person, createdAt: joinedAt, updatedAt: joinedAt });
    rows.events.push(eventOf('person.added', directoryStream, joinedAt, { person }));
    const checkedInAt = i === 0 ? declaredAt : Math.round(now - (0.3 + random() * 13.5) * hour);
    addHistory(rows, i, { now, days, until: checkedInAt - 15 * minute, incidentAt }, random);
    addCheckIn(rows, i, incidentId, { now, checkedInAt });
  }
  const commander = rows.people[0];
  if (commander === undefined) throw new Error('a roster needs at least its commander');
  const declaration = {
    title: 'Checkout down in every region (bench, 200 responders)',
    severity: 'SEV-1',
    commanderId: commander.id,
    commanderName: commander.name,
    summary: 'Seeded by npm run bench.',
    isDrill: true,
  } as const;
  rows.events.push(eventOf('incident.declared', incidentId, declaredAt, declaration));
  const onIncident = rows.events.filter((e) => e.incidentId === incidentId);
  const incident: Incident = {
    ...declaration,
    id: incidentId,
    status: 'investigating',
    declaredAt,
    resolvedAt: null,
    updatedAt: Math.max(...onIncident.map((e) => e.ts)),
  };
  return { incident, ...rows };
}

/** The roster's input as the cockpit reads it (db/hooks/useRoster.ts): everyone seeded is on the incident. */
export function rosterInputOf(seed: RosterSeed): RosterInput {
  return {
    incidentId: seed.incident.id,
    people: new Map(seed.people.map((p) => [p.id, p])),
    checkIns: seed.checkIns,
    rests: seed.rests,
    tenures: seed.roleTenures.filter((t) => t.incidentId === seed.incident.id),
  };
}

/**
 * Writes the seed into the app's database with the raw IndexedDB API; returns the seconds it took.
 * The board's task revision and the load charts' minutes are made by the app's own code (the schema
 * upgrade's, which replays events as the projector does), so they are what the app would have kept.
 */
export async function writeRosterSeed(page: Page, seed: RosterSeed): Promise<number> {
  const started = process.hrtime.bigint();
  const { incident, ...rows } = seed;
  const onIncident = seed.events.filter((e) => e.incidentId === incident.id);
  const logCounts = [
    { incidentId: incident.id, count: onIncident.filter((e) => logCategoryOf(e) !== null).length },
  ];
  const prepared = v3RowsOf(seed.events, [incident]);
  await page.evaluate(writeInPage, { incidents: [incident], logCounts, ...rows, ...prepared });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Runs inside the page: puts every row of every table in one transaction. */
async function writeInPage(tables: Record<string, readonly unknown[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('war-room');
    // No version: Dexie stored its own; an upgrade here means the app never opened it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error('the war-room database does not exist yet: load the app first'));
  });
  const names = Object.keys(tables);
  const missing = names.filter((name) => !db.objectStoreNames.contains(name));
  if (missing.length > 0) {
    db.close();
    throw new Error(`the war-room database has no ${missing.join(', ')} store (version ${db.version})`);
  }
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
    for (const name of names) for (const row of tables[name] ?? []) tx.objectStore(name).put(row);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the roster seeding transaction was aborted'));
  });
  db.close();
}
