/**
 * The event that records a conflict in the log, so the losing decision is a line of the log (and of every
 * export) with who made it, never silently dropped. It carries enough to read without lookups: who decided
 * what, when, on both sides. Every field is derived from the two events (record.ts), so every desk that
 * finds the conflict writes the very same event.
 *
 * Every desk finds the same conflicts in the same stream order (conflicts.ts), so every desk may record it;
 * its id is derived from the two events' ids (`Conflict.id`), so the stream stores it once (Nats-Msg-Id) and
 * the appender keeps it once by id. A desk records a conflict only between sequenced events: the stream's
 * prefix a desk has received never changes, so such a conflict is final; one involving this desk's
 * unpublished events may still move when the stream places them.
 */
import type { EventOf } from '../log/event-of';
import type { ConflictKind, Repair } from './conflicts';

/** One side of a conflict, as its author made it. */
export type ConflictSide = {
  eventId: string;
  type: string;
  /** Who made the decision (the desk's identity in the room). */
  actor: string;
  ts: number;
  /** What was set (a name, a status, a severity) and what the author saw before; the log words it. */
  decided: { to: string; from: string | null };
};

export type ConflictRecorded = EventOf<
  'room.conflict-recorded',
  {
    conflictId: string;
    kind: ConflictKind;
    subject: { taskId: string; title: string } | { incident: true };
    won: ConflictSide;
    lost: ConflictSide;
    /** Applied by the projector after the winning event's own change, idempotently. */
    repairs: Repair[];
  }
>;
