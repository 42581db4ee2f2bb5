/**
 * Three desks work offline on one incident, then publish in some interleaving and receive the stream in
 * random batches: whatever the interleaving, every desk ends in the same order with the same conflicts, and
 * the incident keeps exactly one commander and one owner for its task.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { findConflicts, openCommandTenures } from '../../../../../renderer/src/domain/room/conflicts';
import { placeArrivals, type Placed, type Sequenced } from '../../../../../renderer/src/domain/room/order';
import {
  alice,
  assign,
  bob,
  carol,
  checkOut,
  dan,
  declared,
  handOver,
  note,
  severity,
  status,
  taskStatus,
} from './desks';

/** A small seeded generator, so a failing interleaving can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function offlineLogs() {
  const incident = declared();
  const fromAlice = { ...alice, tenureId: incident.commandTenure };
  const desks: IncidentEvent[][] = [
    [
      assign(incident, 'Alice', 1, null, dan),
      handOver(incident, 'Alice', 2, fromAlice, bob),
      status(incident, 'Alice', 3, 'investigating', 'identified'),
    ],
    [
      assign(incident, 'Bob', 1, null, carol),
      note(incident, 'Bob', 2, 'Carol is on it'),
      handOver(incident, 'Bob', 3, fromAlice, carol),
      status(incident, 'Bob', 4, 'investigating', 'monitoring'),
    ],
    [
      checkOut(incident, 'Carol', 1, dan),
      taskStatus(incident, 'Carol', 2, 'todo', 'in-progress'),
      severity(incident, 'Carol', 3, 'SEV-2', 'SEV-1'),
    ],
  ];
  return { incident, desks };
}

/** The stream: the desks' logs interleaved, each desk's own order kept (it publishes oldest first). */
function interleave(desks: IncidentEvent[][], random: () => number, after: number): Sequenced[] {
  const queues = desks.map((log) => [...log]);
  const stream: Sequenced[] = [];
  while (queues.some((q) => q.length > 0)) {
    const waiting = queues.filter((q) => q.length > 0);
    const event = waiting[Math.floor(random() * waiting.length)]?.shift();
    if (event !== undefined) stream.push({ event, seq: after + stream.length + 1 });
  }
  return stream;
}

/** One desk: the shared start, its own offline events, then the stream in random order and batches. */
function converge(
  start: Sequenced[],
  own: IncidentEvent[],
  stream: Sequenced[],
  random: () => number,
): Placed[] {
  let log: Placed[] = [...start, ...own.map((event) => ({ event, seq: null }))];
  const arriving = [...stream].sort(() => random() - 0.5);
  while (arriving.length > 0)
    log = placeArrivals(log, arriving.splice(0, 1 + Math.floor(random() * 3))).order;
  return log;
}

describe('three desks converge', () => {
  it('to the same order and the same conflicts, with one commander and one task owner, in any interleaving', () => {
    const { incident, desks } = offlineLogs();
    const start: Sequenced[] = incident.events.map((event, i) => ({ event, seq: i + 1 }));
    const conflictLists = new Set<string>();
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = generator(seed);
      const stream = interleave(desks, random, start.length);
      const results = desks.map((own) => converge(start, own, stream, random));
      const orders = results.map((log) => log.map((p) => p.event.id).join(','));
      expect(new Set(orders).size).toBe(1);
      expect(orders[0]).toBe([...start, ...stream].map((s) => s.event.id).join(','));

      const conflicts = results.map((log) => findConflicts(log.map((p) => p.event)));
      const lists = conflicts.map((list) => JSON.stringify(list.map((c) => [c.kind, c.won.id, c.lost.id])));
      expect(new Set(lists).size).toBe(1);
      conflictLists.add(lists[0] ?? '');

      const events = results[0]?.map((p) => p.event) ?? [];
      expect(openCommandTenures(events, incident.incidentId)).toHaveLength(1);
      // Every assignment but the last in stream order is reported as replaced: nothing lost silently.
      const assignments = events.filter((e) => e.type === 'task.assigned');
      const replaced = conflicts[0]?.filter((c) => c.kind === 'task-owner').map((c) => c.lost.id) ?? [];
      expect(replaced).toEqual(assignments.slice(0, -1).map((e) => e.id));
    }
    // The interleavings really differ: the rule is tested on more than one outcome.
    expect(conflictLists.size).toBeGreaterThan(1);
  });
});
