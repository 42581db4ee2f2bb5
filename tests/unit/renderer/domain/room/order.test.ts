import { describe, expect, it } from 'vitest';
import {
  placeArrivals,
  RoomOrderError,
  type Placed,
  type Sequenced,
} from '../../../../../renderer/src/domain/room/order';
import { declared, note } from './desks';

function first<T>(list: readonly T[]): T {
  const [head] = list;
  if (head === undefined) throw new Error('empty list');
  return head;
}

const ids = (placed: readonly Placed[]) => placed.map((p) => p.event.id);

describe('the order a desk projects the room in', () => {
  it('appends remote events that come after everything this desk has projected', () => {
    const incident = declared();
    const local: Placed[] = incident.events.map((event, i) => ({ event, seq: i + 1 }));
    const remote = note(incident, 'Bob', 3, 'Rollback started');
    const arrival = placeArrivals(local, [{ event: remote, seq: 7 }]);
    expect(ids(arrival.order)).toEqual([...incident.events.map((e) => e.id), remote.id]);
    expect(arrival.incidents).toEqual([
      { incidentId: incident.incidentId, kind: 'append', events: [remote] },
    ]);
  });

  it("puts a remote event before this desk's unpublished ones and re-projects from the first that moved", () => {
    const incident = declared();
    const published: Placed[] = incident.events.map((event, i) => ({ event, seq: i + 1 }));
    const mineOffline = [
      note(incident, 'Alice', 2, 'Offline one'),
      note(incident, 'Alice', 3, 'Offline two'),
    ];
    const local = [...published, ...mineOffline.map((event) => ({ event, seq: null }))];
    const remote = note(incident, 'Bob', 4, 'Bob was first in the stream');
    const arrival = placeArrivals(local, [{ event: remote, seq: 7 }]);
    expect(ids(arrival.order).slice(-3)).toEqual([remote.id, mineOffline[0]?.id, mineOffline[1]?.id]);
    expect(arrival.incidents).toEqual([
      {
        incidentId: incident.incidentId,
        kind: 'reproject',
        fromIndex: incident.events.length,
        events: arrival.order.map((p) => p.event),
      },
    ]);
  });

  it('leaves the tables alone when its own events come back from the stream in the order it wrote them', () => {
    const incident = declared();
    const local: Placed[] = incident.events.map((event) => ({ event, seq: null }));
    const echoes: Sequenced[] = incident.events.map((event, i) => ({ event, seq: i + 1 }));
    const arrival = placeArrivals(local, echoes);
    expect(arrival.incidents).toEqual([]);
    expect(arrival.order.map((p) => p.seq)).toEqual(echoes.map((e) => e.seq));
  });

  it('keeps an event once, at its first place, when the stream stored it twice or it arrives again', () => {
    const incident = declared();
    const local: Placed[] = incident.events.map((event, i) => ({ event, seq: i + 1 }));
    const late = note(incident, 'Bob', 5, 'Re-sent after the duplicate window');
    const arrival = placeArrivals(local, [
      { event: late, seq: 9 },
      { event: late, seq: 12 },
      { event: first(incident.events), seq: 1 },
    ]);
    expect(ids(arrival.order)).toEqual([...incident.events.map((e) => e.id), late.id]);
    expect(arrival.order.at(-1)?.seq).toBe(9);
  });

  it('keeps incidents apart: a remote event of one incident re-projects only that incident', () => {
    const first = declared();
    const second = declared();
    const mine = note(first, 'Alice', 2, 'Written offline');
    const local: Placed[] = [
      ...first.events.map((event, i) => ({ event, seq: i + 1 })),
      ...second.events.map((event, i) => ({ event, seq: i + 20 })),
      { event: mine, seq: null },
      { event: note(second, 'Alice', 2, 'Also offline'), seq: null },
    ];
    const remote = note(first, 'Carol', 1, 'Published while Alice was away');
    const arrival = placeArrivals(local, [{ event: remote, seq: 30 }]);
    expect(arrival.incidents).toEqual([
      {
        incidentId: first.incidentId,
        kind: 'reproject',
        fromIndex: first.events.length,
        events: [...first.events, remote, mine],
      },
    ]);
  });

  it('refuses what no stream delivers, saying which sequence and events, and changes nothing', () => {
    const incident = declared();
    const local: Placed[] = [{ event: first(incident.events), seq: 1 }];
    const bob = note(incident, 'Bob', 1, 'One');
    const carol = note(incident, 'Carol', 1, 'Two');
    expect(() => placeArrivals(local, [{ event: bob, seq: 0 }])).toThrow(/not a positive whole number/);
    expect(() =>
      placeArrivals(local, [
        { event: bob, seq: 2 },
        { event: carol, seq: 2 },
      ]),
    ).toThrow(new RoomOrderError(`stream sequence 2 holds two events: ${bob.id} and ${carol.id}`));
    expect(local).toEqual([{ event: incident.events[0], seq: 1 }]);
  });

  it('ends with the same order whatever order and batches the stream events arrive in', () => {
    const incident = declared();
    const stream: Sequenced[] = [
      ...incident.events,
      ...Array.from({ length: 8 }, (_, i) => note(incident, 'Bob', i + 1, `Line ${i}`)),
    ].map((event, i) => ({ event, seq: i + 1 }));
    const offline = [note(incident, 'Dan', 2, 'Mine, unpublished'), note(incident, 'Dan', 3, 'Mine too')];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const orders = new Set<string>();
    for (let run = 0; run < 50; run += 1) {
      const shuffled = [...stream].sort(() => random() - 0.5);
      let log: Placed[] = offline.map((event) => ({ event, seq: null }));
      while (shuffled.length > 0) {
        const batch = shuffled.splice(0, 1 + Math.floor(random() * 4));
        log = placeArrivals(log, batch).order;
      }
      orders.add(ids(log).join(','));
    }
    expect([...orders]).toEqual([[...stream.map((s) => s.event.id), ...offline.map((e) => e.id)].join(',')]);
  });
});
