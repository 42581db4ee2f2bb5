/**
 * What the analytics bench computes over: a long incident's task events (100k of them across 200
 * responders, the load panel's worst case) and 500 past incidents' stays for the cross-incident view.
 * Plain data, repeatable run to run; the events are shaped exactly as the repositories write them.
 */
import { monotonicIds } from './ids';
import type { CrossIncidentStore } from '../../renderer/src/domain/analytics';
import type { Incident } from '../../renderer/src/domain/incident/types';
import type { EventPayload, IncidentEvent, IncidentEventType } from '../../renderer/src/domain/log/events';
import type { CheckInFact, Person, RestFact } from '../../renderer/src/domain/roster/types';
import { severities } from '../../renderer/src/domain/incident/types';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function randomStream(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

type Who = { personId: string; personName: string };

/**
 * `count` task events on one incident between `start` and `end`: tasks created and assigned together,
 * moved to in progress, reassigned now and then, and most of them finished, as a long incident's board.
 */
export function taskEventsFor(
  incidentId: string,
  people: readonly Who[],
  start: number,
  end: number,
  count: number,
): IncidentEvent[] {
  const random = randomStream(20_261_125);
  const nextId = monotonicIds();
  const events: IncidentEvent[] = [];
  const open: { taskId: string; title: string; owner: Who }[] = [];
  const step = (end - start) / count;
  const eventOf = <T extends IncidentEventType>(type: T, ts: number, payload: EventPayload<T>) => {
    // The payload is typed by EventPayload<T>; the union cannot be narrowed through the generic.
    events.push({
      id: nextId(ts),
      incidentId,
      ts,
      recordedAt: ts,
      actor: 'Bench',
      type,
      payload,
    } as IncidentEvent);
  };
  const pick = (): Who => people[Math.floor(random() * people.length)] ?? { personId: '', personName: '' };
  for (let n = 0; events.length < count; n += 1) {
    const ts = Math.round(start + events.length * step);
    const roll = random();
    if (open.length < 50 || roll < 0.3) {
      const taskId = nextId(ts);
      const title = `Bench task ${n}`;
      const owner = pick();
      eventOf('task.created', ts, {
        taskId,
        title,
        description: '',
        category: 'restore-service',
        timeBoxMinutes: 15,
        dueAt: null,
        origin: null,
      });
      eventOf('task.assigned', ts, { taskId, title, from: null, to: owner, checkBackAt: ts + 15 * minute });
      open.push({ taskId, title, owner });
      continue;
    }
    const index = Math.floor(random() * open.length);
    const task = open[index];
    if (task === undefined) continue;
    if (roll < 0.45) {
      const to = pick();
      eventOf('task.assigned', ts, {
        taskId: task.taskId,
        title: task.title,
        from: task.owner,
        to,
        checkBackAt: null,
      });
      task.owner = to;
    } else {
      open.splice(index, 1);
      const base = { taskId: task.taskId, title: task.title, reason: '', ownerName: task.owner.personName };
      eventOf('task.status-changed', ts, { ...base, from: 'todo', to: roll < 0.95 ? 'done' : 'dropped' });
    }
  }
  return events.slice(0, count);
}

/** A store's worth of serialisable facts: `declaredBy` as entries, since a Map does not cross into the page. */
export type PlainCrossIncidentStore = Omit<CrossIncidentStore, 'declaredBy'> & {
  declaredBy: [string, string][];
};

/** 500 incidents over the last 100 days, five to ten stays each, a rest in some, 200 people in six zones. */
export function crossIncidentSeed(
  now: number,
  incidentCount = 500,
  headcount = 200,
): PlainCrossIncidentStore {
  const random = randomStream(20_261_126);
  const zones = ['America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
  const people: Person[] = Array.from({ length: headcount }, (_, i) => ({
    id: `p${i}`,
    name: `Responder ${i}`,
    team: '',
    contact: '',
    slackUserId: null,
    email: null,
    timeZone: zones[i % zones.length] ?? 'UTC',
  }));
  const incidents: Incident[] = [];
  const checkIns: CheckInFact[] = [];
  const rests: RestFact[] = [];
  const declaredBy: [string, string][] = [];
  for (let i = 0; i < incidentCount; i += 1) {
    const declaredAt = now - Math.floor(random() * 100 * day);
    const resolvedAt = random() < 0.05 ? null : declaredAt + Math.floor((0.5 + random() * 20) * hour);
    const id = `i${i}`;
    const commander = people[Math.floor(random() * headcount)]?.id ?? 'p0';
    incidents.push({
      id,
      title: id,
      severity: severities[Math.floor(random() * severities.length)] ?? 'SEV-3',
      status: resolvedAt === null ? 'investigating' : 'resolved',
      commanderId: commander,
      commanderName: commander,
      summary: '',
      isDrill: random() < 0.1,
      declaredAt,
      resolvedAt,
      updatedAt: resolvedAt ?? declaredAt,
    });
    declaredBy.push([id, commander]);
    const stays = 5 + Math.floor(random() * 6);
    for (let s = 0; s < stays; s += 1) {
      const personId = s === 0 ? commander : `p${Math.floor(random() * headcount)}`;
      const checkedInAt = declaredAt + (s === 0 ? 0 : Math.floor(random() * 90 * minute));
      const until = resolvedAt ?? now;
      const checkedOutAt =
        resolvedAt === null ? null : Math.max(checkedInAt, until - Math.floor(random() * hour));
      const stayId = `${id}-s${s}`;
      checkIns.push({
        id: stayId,
        incidentId: id,
        personId,
        location: 'remote',
        locationDetail: '',
        contact: '',
        assignment: '',
        checkedInAt,
        backdatedReason: null,
        checkedOutAt,
        checkOutReason: checkedOutAt === null ? null : 'released',
        checkOutNote: '',
      });
      if (random() < 0.3) {
        const startedAt = checkedInAt + Math.floor(random() * 3 * hour);
        const endedAt = checkedOutAt !== null && startedAt >= checkedOutAt ? null : startedAt + 45 * minute;
        rests.push({ id: `${stayId}-r`, incidentId: id, personId, checkInId: stayId, startedAt, endedAt });
      }
    }
  }
  return { incidents, checkIns, rests, people, declaredBy };
}
