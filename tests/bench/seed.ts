/**
 * Seeds the browser's IndexedDB with a 100k-line incident and an empty one. Typing 100k entries
 * through the UI would take hours, so this writes the rows the app itself would have written, with
 * the raw IndexedDB API inside the page (not Dexie, not app code), in a few large transactions.
 * Run it only after the app has loaded once, so Dexie has created the schema.
 *
 * Seeding costs most of a minute on a loaded 2-core machine, and the log, timeline and backup benches
 * all read the same incident, so a profile that already holds it (an earlier bench of the same run
 * seeded it) gets it back as it is instead of a second copy.
 */
import type { Page } from '@playwright/test';
import type { Incident } from '../../renderer/src/domain/incident/types';
import type { IncidentEvent, LogEntryKind } from '../../renderer/src/domain/log/events';
import { seedPlan, type SeedPlan } from './seed-plan';

export type SeededIncident = { id: string; title: string; lines: number; newestText: string };
/** `reused`: the profile already held both incidents, so nothing was written (and `seconds` is the look). */
export type SeededLog = { busy: SeededIncident; quiet: SeededIncident; seconds: number; reused: boolean };

/**
 * Writes both incidents and their events, unless the profile already has them from this run; returns
 * what the benches need to find them again. A reused busy incident may hold entries a bench typed since
 * (the log bench types 200): `lines` is what was seeded, the incident's log count says what is there now.
 */
export async function seedLog(page: Page, now: number, lines = 100_000): Promise<SeededLog> {
  const plan = seedPlan(now, lines);
  const started = process.hrtime.bigint();
  const titles = { busy: plan.busy.row.title, quiet: plan.quiet.row.title, lines };
  const found = await page.evaluate(findInPage, titles);
  const { busyId, quietId } = found ?? (await page.evaluate(writeInPage, plan));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Entries typed since (the log bench's) are newer than the seed's newest line.
  const newestText = found?.newestText ?? plan.busy.newestText;
  return {
    busy: { id: busyId, title: plan.busy.row.title, lines, newestText },
    quiet: { id: quietId, title: plan.quiet.row.title, lines: 1, newestText: plan.quiet.row.title },
    seconds,
    reused: found !== null,
  };
}

/** What a bench says about its seed: written now, or found from an earlier bench of the run. */
export function seedingSaid(seeded: SeededLog): string {
  const entries = `${seeded.busy.lines} + ${seeded.quiet.lines} log entries`;
  const seconds = seeded.seconds.toFixed(1);
  return seeded.reused
    ? `reused the ${entries} an earlier bench seeded (found in ${seconds} s)`
    : `seeded ${entries} in ${seconds} s`;
}

/**
 * Runs inside the page: the ids of both seeded incidents, and the text of the busy one's newest entry,
 * if this profile already holds them with at least `lines` entries in the busy one, else null (not
 * seeded yet, or the database was emptied since).
 */
async function findInPage(titles: {
  busy: string;
  quiet: string;
  lines: number;
}): Promise<{ busyId: string; quietId: string; newestText: string } | null> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('war-room');
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error('the war-room database does not exist yet: load the app first'));
  });
  const read = <T>(store: string, query?: IDBValidKey) =>
    new Promise<T>((resolve, reject) => {
      const objects = db.transaction(store).objectStore(store);
      const request = query === undefined ? objects.getAll() : objects.get(query);
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error ?? new Error(`reading ${store} failed`));
    });
  try {
    const incidents = await read<{ id: string; title: string }[]>('incidents');
    const busy = incidents.find((incident) => incident.title === titles.busy);
    const quiet = incidents.find((incident) => incident.title === titles.quiet);
    if (busy === undefined || quiet === undefined) return null;
    const count = await read<{ count: number } | undefined>('logCounts', busy.id);
    if ((count?.count ?? 0) < titles.lines) return null;
    const newest = await new Promise<{ payload?: { text?: unknown } } | undefined>((resolve, reject) => {
      const range = IDBKeyRange.bound([busy.id, -Infinity], [busy.id, Infinity]);
      const index = db.transaction('events').objectStore('events').index('[incidentId+ts]');
      const request = index.openCursor(range, 'prev');
      request.onsuccess = () => resolve(request.result?.value as { payload?: { text?: unknown } });
      request.onerror = () => reject(request.error ?? new Error('reading the newest entry failed'));
    });
    const text = newest?.payload?.text;
    if (typeof text !== 'string') return null;
    return { busyId: busy.id, quietId: quiet.id, newestText: text };
  } finally {
    db.close();
  }
}

/** Runs inside the page: self-contained, it sees only its argument. */
async function writeInPage(plan: SeedPlan): Promise<{ busyId: string; quietId: string }> {
  const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let counter = 0;
  // ULID-shaped: 10 characters of time, then a 16-character counter, so string order is time order.
  const idAt = (ms: number) => {
    let time = '';
    for (let rest = ms, i = 0; i < 10; i += 1, rest = Math.floor(rest / 32))
      time = crockford[rest % 32] + time;
    let tail = '';
    for (let rest = counter, i = 0; i < 16; i += 1, rest = Math.floor(rest / 32))
      tail = crockford[rest % 32] + tail;
    counter += 1;
    return time + tail;
  };
  let seed = 20_260_424;
  const random = () => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const { vocabulary } = plan;
  const kinds: LogEntryKind[] = [
    'fact',
    'fact',
    'fact',
    'note',
    'note',
    'action',
    'action',
    'hypothesis',
    'decision',
  ];
  const textOf = (kind: LogEntryKind) => {
    const roll = random();
    const length =
      roll < 0.6 ? 40 + random() * 80 : roll < 0.92 ? 120 + random() * 180 : 300 + random() * 900;
    let text = pick(vocabulary.openings[kind])
      .replace('{svc}', pick(vocabulary.services))
      .replace('{n}', String(1 + Math.floor(random() * 98)));
    while (text.length < length) text += `; ${pick(vocabulary.clauses)}`;
    return text;
  };

  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('war-room');
    // No version: Dexie stored its own (10 × the declared one); an upgrade here means the app never opened it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error('the war-room database does not exist yet: load the app first'));
  });
  if (!db.objectStoreNames.contains('events') || !db.objectStoreNames.contains('incidents')) {
    db.close();
    throw new Error(`the war-room database has no events/incidents stores (version ${db.version})`);
  }
  const write = (fill: (events: IDBObjectStore, incidents: IDBObjectStore, counts: IDBObjectStore) => void) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['events', 'incidents', 'logCounts'], 'readwrite', { durability: 'relaxed' });
      fill(tx.objectStore('events'), tx.objectStore('incidents'), tx.objectStore('logCounts'));
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('a seeding transaction was aborted'));
    });

  const start = plan.now - plan.spanMs - 60_000;
  const busyId = idAt(start);
  const busyCommanderId = idAt(start);
  const step = plan.spanMs / plan.lines;
  const changeAt = new Map(plan.busy.milestones.map((m) => [Math.round(m.fraction * plan.lines), m.change]));
  const { title, summary, isDrill, commanderName } = plan.busy.row;
  let lastTs = start;
  for (let from = 0; from < plan.lines; from += plan.batchSize) {
    await write((events) => {
      for (let i = from; i < Math.min(from + plan.batchSize, plan.lines); i += 1) {
        const ts = i === 0 ? start : start + Math.floor(i * step + random() * step * 0.8);
        lastTs = ts;
        const base = { id: idAt(ts), incidentId: busyId, ts, recordedAt: ts };
        const change = changeAt.get(i);
        let event: IncidentEvent;
        if (i === 0) {
          const severity = plan.busy.declaredSeverity;
          const payload = { title, severity, commanderId: busyCommanderId, commanderName, summary, isDrill };
          event = { ...base, actor: commanderName, type: 'incident.declared', payload };
        } else if (change !== undefined) {
          event = { ...base, actor: commanderName, ...change };
        } else {
          const newest = i === plan.lines - 1;
          const kind = newest ? 'fact' : pick(kinds);
          const author = pick(vocabulary.authors);
          const text = newest ? plan.busy.newestText : textOf(kind);
          event = { ...base, actor: author, type: 'log.entry-added', payload: { kind, text, author } };
        }
        events.put(event);
      }
    });
  }

  const quietAt = plan.now - plan.quiet.declaredAgoMs;
  const quietId = idAt(quietAt);
  const quietCommanderId = idAt(quietAt);
  await write((events, incidents, counts) => {
    const quiet = plan.quiet.row;
    const declared: IncidentEvent = {
      ...{
        id: idAt(quietAt),
        incidentId: quietId,
        ts: quietAt,
        recordedAt: quietAt,
        actor: quiet.commanderName,
      },
      type: 'incident.declared',
      payload: {
        title: quiet.title,
        severity: quiet.severity,
        commanderId: quietCommanderId,
        commanderName: quiet.commanderName,
        summary: quiet.summary,
        isDrill: quiet.isDrill,
      },
    };
    events.put(declared);
    const busyRow: Incident = {
      ...plan.busy.row,
      id: busyId,
      commanderId: busyCommanderId,
      declaredAt: start,
      updatedAt: lastTs,
    };
    const quietRow: Incident = {
      ...quiet,
      id: quietId,
      commanderId: quietCommanderId,
      declaredAt: quietAt,
      updatedAt: quietAt,
    };
    incidents.put(busyRow);
    incidents.put(quietRow);
    counts.put({ incidentId: busyId, count: plan.lines });
    counts.put({ incidentId: quietId, count: 1 });
  });
  db.close();
  return { busyId, quietId };
}
