/**
 * The order rule of the shared war room: the room's stream decides the order every desk projects events in,
 * so every desk ends with the same tables whatever order the events reached it. Events this desk wrote that
 * the stream has not stored yet come after every sequenced one, in the order they were written: they will be
 * stored after everything this desk has already received. Pure: the caller re-projects when told to.
 */
import type { IncidentEvent } from '../log/events';

/** An event in a desk's log: `seq` is its place in the room's stream, null while it is not published yet. */
export type Placed = { event: IncidentEvent; seq: number | null };
/** An event as the stream delivered it. */
export type Sequenced = { event: IncidentEvent; seq: number };

/** What to do for one incident (or pseudo stream such as the directory) after the new events. */
export type IncidentPlan =
  /** Everything already projected kept its place: project `events` after them. */
  | { incidentId: string; kind: 'append'; events: IncidentEvent[] }
  /**
   * An event arrived before some already projected: rebuild the incident from `fromIndex` (its position in
   * the incident's own order; 0 means from its first event) by projecting `events`, its whole new order.
   */
  | { incidentId: string; kind: 'reproject'; fromIndex: number; events: IncidentEvent[] };

export type Arrival = {
  /** The desk's whole log in the order it must now be projected. */
  order: Placed[];
  /** One entry per incident whose projection changes; incidents left as they were are not listed. */
  incidents: IncidentPlan[];
};

/** The stream is append-only with one event per sequence: anything else is not a room's stream. */
export class RoomOrderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoomOrderError';
  }
}

function checkSeq(seq: number, id: string): void {
  if (!Number.isSafeInteger(seq) || seq < 1)
    throw new RoomOrderError(`event ${id}: stream sequence ${String(seq)} is not a positive whole number`);
}

/**
 * Sequenced events by sequence, then unpublished ones in the order they were written. An event stored twice
 * by the stream (re-sent after the duplicate window) keeps its first place, as the appender keeps it once.
 */
export function projectionOrder(log: readonly Placed[]): Placed[] {
  const sequenced = log.filter((p): p is Sequenced => p.seq !== null);
  const unpublished = log.filter((p) => p.seq === null);
  return [...[...sequenced].sort((a, b) => a.seq - b.seq), ...unpublished];
}

/** Folds the received events into the log: an id already there takes the (earliest) sequence the stream gave it. */
function merge(local: readonly Placed[], received: readonly Sequenced[]): Placed[] {
  const byId = new Map<string, Placed>();
  const bySeq = new Map<number, string>();
  const place = (placed: Placed): void => {
    const { id } = placed.event;
    if (placed.seq !== null) {
      checkSeq(placed.seq, id);
      const holder = bySeq.get(placed.seq);
      if (holder !== undefined && holder !== id)
        throw new RoomOrderError(`stream sequence ${placed.seq} holds two events: ${holder} and ${id}`);
      bySeq.set(placed.seq, id);
    }
    const known = byId.get(id);
    if (known === undefined) {
      byId.set(id, { ...placed });
      return;
    }
    if (placed.seq !== null && (known.seq === null || placed.seq < known.seq)) known.seq = placed.seq;
  };
  for (const placed of local) place(placed);
  for (const placed of received) place(placed);
  return [...byId.values()];
}

function byIncident(log: readonly Placed[]): Map<string, IncidentEvent[]> {
  const incidents = new Map<string, IncidentEvent[]>();
  for (const { event } of log) {
    const list = incidents.get(event.incidentId);
    if (list === undefined) incidents.set(event.incidentId, [event]);
    else list.push(event);
  }
  return incidents;
}

/**
 * Where the received events go. `local` is the desk's log in the order it was projected (unpublished events
 * with a null sequence); `received` are events the stream delivered, in any order and possibly including this
 * desk's own events coming back with their sequence, or events already received.
 */
export function placeArrivals(local: readonly Placed[], received: readonly Sequenced[]): Arrival {
  const order = projectionOrder(merge(local, received));
  const before = byIncident(local);
  const incidents: IncidentPlan[] = [];
  for (const [incidentId, events] of byIncident(order)) {
    const old = before.get(incidentId) ?? [];
    let same = 0;
    while (same < old.length && same < events.length && old[same]?.id === events[same]?.id) same += 1;
    if (same === old.length) {
      if (events.length > old.length)
        incidents.push({ incidentId, kind: 'append', events: events.slice(same) });
    } else {
      incidents.push({ incidentId, kind: 'reproject', fromIndex: same, events });
    }
  }
  return { order, incidents };
}
