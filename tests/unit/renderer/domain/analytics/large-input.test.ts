import { describe, expect, it } from 'vitest';
import {
  crossIncidentFigures,
  currentLoad,
  openTasksOverTime,
  type DutyInterval,
  type IncidentFacts,
  type LoadChange,
  type PersonFacts,
} from '../../../../../renderer/src/domain/analytics';

// Correctness at the benchmark's size; timing is measured by `npm run bench`, not here.
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

describe('in-incident series at 100k changes and 200 responders', () => {
  const random = seededRandom(7);
  const start = Date.UTC(2026, 2, 7, 12);
  const changes: LoadChange[] = [];
  const held: string[][] = Array.from({ length: 200 }, () => []);
  for (let person = 0; person < 200; person += 1) {
    changes.push({ ts: start, personId: `p${person}`, kind: 'checked-in' });
  }
  let ts = start;
  for (let i = 0; changes.length < 100_000; i += 1) {
    ts += Math.floor(random() * 3_000);
    const person = Math.floor(random() * 200);
    const tasks = held[person] ?? [];
    const taskId = random() < 0.55 || tasks.length === 0 ? `t${i}` : tasks.pop();
    if (taskId === `t${i}`) tasks.push(taskId);
    changes.push({
      ts,
      personId: `p${person}`,
      kind: taskId === `t${i}` ? 'task-assigned' : 'task-released',
      taskId,
    });
  }
  const end = ts;

  it('ends on exactly the tasks each responder still holds, within the point cap', () => {
    const series = openTasksOverTime(changes, { start, end });
    expect(series.personIds).toHaveLength(200);
    expect(series.points.length).toBeLessThanOrEqual(501);
    const last = series.points.at(-1);
    expect(last?.t).toBe(end);
    held.forEach((tasks, person) => expect(last?.[`p${person}`]).toBe(tasks.length));
    const load = currentLoad(changes, { now: end });
    expect(load.reduce((sum, row) => sum + row.openTasks, 0)).toBe(
      held.reduce((sum, t) => sum + t.length, 0),
    );
    expect(load.every((row) => row.dutyMinutes === (end - start) / minute)).toBe(true);
  });
});

describe('cross-incident figures over 500 incidents', () => {
  const random = seededRandom(11);
  const now = Date.UTC(2026, 5, 1);
  const zones = ['UTC', 'Asia/Tokyo'];
  const people: PersonFacts[] = Array.from({ length: 200 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    timeZone: zones[i % 2] ?? 'UTC',
  }));
  const incidents: IncidentFacts[] = [];
  const duty: DutyInterval[] = [];
  for (let i = 0; i < 500; i += 1) {
    const declaredAt = now - Math.floor(random() * 100 * 24 * 60) * minute;
    incidents.push({
      id: `i${i}`,
      severity: 'SEV-2',
      declaredAt,
      resolvedAt: declaredAt + 8 * hour,
      isDrill: i % 10 === 0,
      firstCheckInAt: declaredAt + 5 * minute,
    });
    for (let row = 0; row < 5; row += 1) {
      const dutyStart = declaredAt + Math.floor(random() * 120) * minute;
      const dutyEnd = dutyStart + Math.floor(random() * 12 * 60) * minute;
      duty.push({
        personId: `p${Math.floor(random() * 200)}`,
        incidentId: `i${i}`,
        start: dutyStart,
        end: dutyEnd,
      });
    }
  }

  it('matches a minute-by-minute count of each responder’s hours in the 90-day window', () => {
    const windowStart = now - 90 * day;
    // The slow, obvious way: every covered minute once, classified by its local hour (UTC or UTC+9, no DST).
    const covered = new Map<string, Set<number>>();
    for (const row of duty) {
      if (incidents[Number(row.incidentId.slice(1))]?.isDrill) continue;
      const minutes = covered.get(row.personId) ?? new Set<number>();
      covered.set(row.personId, minutes);
      for (let t = Math.max(row.start, windowStart); t < Math.min(row.end ?? now, now); t += minute)
        minutes.add(t);
    }
    const figures = crossIncidentFigures({
      incidents,
      duty,
      people,
      now,
      windowDays: 90,
      includeDrills: false,
    });
    for (const row of figures.responders) {
      const offsetHours = Number(row.personId.slice(1)) % 2 === 0 ? 0 : 9;
      const split = { working: 0, late: 0, sleeping: 0 };
      for (const t of covered.get(row.personId) ?? []) {
        const localHour = (new Date(t).getUTCHours() + offsetHours) % 24;
        if (localHour >= 8 && localHour < 19) split.working += 1;
        else if (localHour >= 19 && localHour < 23) split.late += 1;
        else split.sleeping += 1;
      }
      expect([row.workingHours, row.lateHours, row.sleepingHours].map((h) => Math.round(h * 60))).toEqual([
        split.working,
        split.late,
        split.sleeping,
      ]);
    }
    expect(figures.responders.length).toBeGreaterThan(150);
    const totals = figures.responders.map((row) => row.totalHours);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(figures.bySeverity[1]?.medianTimeToResolveMinutes).toBe(8 * 60);
  });
});
