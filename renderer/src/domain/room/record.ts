/**
 * How a conflict is written to the log (`room.conflict-recorded`, events.ts): who made
 * each decision, when, and what each decided, read from the two events so a log line needs no lookups; and
 * an id every desk derives alike, so the same conflict recorded on three desks is stored once.
 */
import type { IncidentEvent } from '../log/events';
import type { Conflict } from './conflicts';
import type { ConflictRecorded, ConflictSide } from './events';

/** What a decision set and what its author saw before it: names, statuses, severities, never sentences. */
export function decided(event: IncidentEvent): ConflictSide['decided'] {
  switch (event.type) {
    case 'task.assigned':
      return { to: event.payload.to.personName, from: event.payload.from?.personName ?? null };
    case 'task.status-changed':
    case 'incident.status-changed':
    case 'incident.severity-changed':
      return { to: event.payload.to, from: event.payload.from };
    case 'command.handed-over':
      return { to: event.payload.to.personName, from: event.payload.from.personName };
    case 'responder.checked-out':
      // Who left; the side's `type` says it was a check-out, in the reader's language.
      return { to: event.payload.personName, from: null };
    default:
      return { to: '', from: null };
  }
}

function side(event: IncidentEvent): ConflictSide {
  return { eventId: event.id, type: event.type, actor: event.actor, ts: event.ts, decided: decided(event) };
}

export function conflictPayload(conflict: Conflict): ConflictRecorded['payload'] {
  const { id, kind, subject, won, lost, repairs } = conflict;
  return { conflictId: id, kind, subject, won: side(won), lost: side(lost), repairs };
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** FNV-1a over the text with a seed: enough spread for an id suffix, not a secret. */
function fnv(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A ULID-shaped id for the conflict's event: the winning event's time part (so it sorts with it) and 16
 * characters from the two events' ids, identical on every desk that finds the conflict.
 */
export function conflictEventId(conflict: Conflict): string {
  let suffix = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let hash = fnv(conflict.id, seed);
    for (let i = 0; i < 4; i += 1) {
      suffix += crockford[hash & 31] ?? '0';
      hash >>>= 5;
    }
  }
  return conflict.won.id.slice(0, 10) + suffix;
}

/** Who records a conflict: War Room itself, the same on every desk, so every desk writes the same event. */
export const conflictRecorder = 'War Room';

/**
 * The whole event for `conflict`, every field derived from the two decisions: dated with the decision that
 * stands, recorded when the later of the two was, by War Room. Three desks that find it write one event.
 */
export function conflictEvent(conflict: Conflict): ConflictRecorded {
  return {
    id: conflictEventId(conflict),
    incidentId: conflict.incidentId,
    ts: conflict.won.ts,
    recordedAt: Math.max(conflict.won.recordedAt, conflict.lost.recordedAt),
    actor: conflictRecorder,
    type: 'room.conflict-recorded',
    payload: conflictPayload(conflict),
  };
}
