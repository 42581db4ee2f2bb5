/**
 * Decisions made concurrently on desks that could not see each other (offline, or just at the same moment),
 * found from the events in the room's stream order. Each event carries what its author saw: the `from` of a
 * status or severity change, the previous owner of a task, the outgoing commander's tenure. A decision whose
 * premise no longer holds when it is applied in stream order was made without seeing the one before it.
 *
 * The rule: **the later decision in stream order wins**, because every desk applies the stream in the same
 * order, so every desk picks the same winner with nothing to negotiate, and the projector already does it
 * (a later assignment replaces the owner). One exception keeps the incident commanded: a check-out of the
 * person who holds command (a desk refuses it, so it can only come from a desk that had not seen the
 * hand-over) does not end command. Nothing is dropped silently: every losing decision is returned here, with
 * the event that beat it, for the log to show. Pure: no clock, no storage.
 */
import type { IncidentEvent } from '../log/events';
import type { CheckedOut, CommandHandedOver } from '../roster/events';
import type { TaskAssigned } from '../tasks/events';

export const conflictKinds = [
  /** Two owners set for one task. */
  'task-owner',
  /** A task moved two ways (e.g. done on one desk, blocked on another). */
  'task-status',
  /** The incident's status moved two ways. */
  'incident-status',
  /** The incident's severity changed two ways. */
  'incident-severity',
  /** Two hand-overs of command from the same commander. */
  'command',
  /** A task given to someone already checked out on another desk: it stands, and the task is stranded. */
  'task-owner-left',
  /** Command handed to someone already checked out on another desk: they command until they hand over. */
  'command-to-left',
  /** The commander checked out on a desk that had not seen them take command: they keep command. */
  'commander-checked-out',
] as const;
export type ConflictKind = (typeof conflictKinds)[number];

/** What the projector must do beyond the winning event itself for the invariants to hold. */
export type Repair =
  /** The losing hand-over's commander stops commanding: one incident commander. */
  | { kind: 'close-tenure'; tenureId: string; at: number }
  /** The check-out does not end this command tenure: the incident keeps its commander. */
  | { kind: 'keep-tenure'; tenureId: string };

export type Conflict = {
  /** Stable across desks: the two events' ids. */
  id: string;
  kind: ConflictKind;
  incidentId: string;
  /** What the two decisions were about: a task's id and title, or the incident itself. */
  subject: { taskId: string; title: string } | { incident: true };
  /** The decision that stands (who made it, when, what: its actor, ts and payload). */
  won: IncidentEvent;
  /** The decision it replaced, made without seeing it, or against it. */
  lost: IncidentEvent;
  repairs: Repair[];
};

type Held<T> = { value: T; by: IncidentEvent | null };
type TaskState = { title: string; owner: Held<string | null>; status: Held<string> };
type Command = { tenureId: string; personId: string; by: IncidentEvent };
type IncidentState = {
  status: Held<string> | null;
  severity: Held<string> | null;
  command: Command | null;
  tasks: Map<string, TaskState>;
  /** Each person's latest check-in or check-out on the incident. */
  presence: Map<string, { here: boolean; by: IncidentEvent }>;
};

function freshIncident(): IncidentState {
  return { status: null, severity: null, command: null, tasks: new Map(), presence: new Map() };
}

function conflict(
  kind: ConflictKind,
  subject: Conflict['subject'],
  won: IncidentEvent,
  lost: IncidentEvent,
  repairs: Repair[] = [],
): Conflict {
  return { id: `${lost.id}>${won.id}`, kind, incidentId: won.incidentId, subject, won, lost, repairs };
}

const incidentSubject = { incident: true } as const;

/** One step: the conflicts `event` raises against the state before it, then the state after it. */
function step(state: IncidentState, event: IncidentEvent, found: Conflict[]): void {
  switch (event.type) {
    case 'incident.declared':
      state.status = { value: 'investigating', by: event };
      state.severity = { value: event.payload.severity, by: event };
      return;
    case 'incident.status-changed':
    case 'incident.severity-changed': {
      const key = event.type === 'incident.status-changed' ? 'status' : 'severity';
      const held = state[key];
      if (
        held !== null &&
        held.by !== null &&
        held.value !== event.payload.from &&
        held.by.type === event.type
      )
        found.push(
          conflict(
            key === 'status' ? 'incident-status' : 'incident-severity',
            incidentSubject,
            event,
            held.by,
          ),
        );
      state[key] = { value: event.payload.to, by: event };
      return;
    }
    case 'task.created':
      state.tasks.set(event.payload.taskId, {
        title: event.payload.title,
        owner: { value: null, by: null },
        status: { value: 'todo', by: null },
      });
      return;
    case 'task.assigned':
      assigned(state, event, found);
      return;
    case 'task.status-changed': {
      const task = state.tasks.get(event.payload.taskId);
      if (task === undefined) return;
      const { by } = task.status;
      if (by !== null && task.status.value !== event.payload.from)
        found.push(conflict('task-status', { taskId: event.payload.taskId, title: task.title }, event, by));
      task.status = { value: event.payload.to, by: event };
      return;
    }
    case 'responder.checked-in':
      state.presence.set(event.payload.personId, { here: true, by: event });
      for (const { tenureId, role } of event.payload.roles)
        if (role === 'incident-commander')
          state.command = { tenureId, personId: event.payload.personId, by: event };
      return;
    case 'responder.checked-out':
      checkedOut(state, event, found);
      return;
    case 'command.handed-over':
      handedOver(state, event, found);
      return;
    default:
      return;
  }
}

function assigned(state: IncidentState, event: TaskAssigned, found: Conflict[]): void {
  const task = state.tasks.get(event.payload.taskId);
  if (task === undefined) return;
  const subject = { taskId: event.payload.taskId, title: task.title };
  const seen = event.payload.from?.personId ?? null;
  if (task.owner.by !== null && task.owner.value !== seen)
    found.push(conflict('task-owner', subject, event, task.owner.by));
  const owner = state.presence.get(event.payload.to.personId);
  if (owner !== undefined && !owner.here) found.push(conflict('task-owner-left', subject, event, owner.by));
  task.owner = { value: event.payload.to.personId, by: event };
}

function handedOver(state: IncidentState, event: CommandHandedOver, found: Conflict[]): void {
  const { from, to } = event.payload;
  const current = state.command;
  if (current !== null && current.tenureId !== from.tenureId) {
    // Both hand-overs stand in the log; only the later one's commander commands.
    const repairs: Repair[] = [{ kind: 'close-tenure', tenureId: current.tenureId, at: event.ts }];
    found.push(conflict('command', incidentSubject, event, current.by, repairs));
  }
  const presence = state.presence.get(to.personId);
  if (presence !== undefined && !presence.here)
    found.push(conflict('command-to-left', incidentSubject, event, presence.by));
  state.command = { tenureId: to.tenureId, personId: to.personId, by: event };
}

function checkedOut(state: IncidentState, event: CheckedOut, found: Conflict[]): void {
  const { command } = state;
  if (command !== null && command.personId === event.payload.personId) {
    // The exception to "later wins": an incident is never left without a commander.
    const repairs: Repair[] = [{ kind: 'keep-tenure', tenureId: command.tenureId }];
    found.push(conflict('commander-checked-out', incidentSubject, command.by, event, repairs));
  }
  state.presence.set(event.payload.personId, { here: false, by: event });
}

/** Every conflict in `events`, which must be in the room's stream order (see order.ts), in the order found. */
export function findConflicts(events: readonly IncidentEvent[]): Conflict[] {
  const incidents = new Map<string, IncidentState>();
  const found: Conflict[] = [];
  for (const event of events) {
    let state = incidents.get(event.incidentId);
    if (state === undefined) {
      state = freshIncident();
      incidents.set(event.incidentId, state);
    }
    step(state, event, found);
  }
  return found;
}

/**
 * The command tenures still open after `events` (stream order) with the conflicts' repairs applied: what the
 * roster's role tenures hold once converged. The invariant is exactly one per declared incident.
 */
export function openCommandTenures(events: readonly IncidentEvent[], incidentId: string): string[] {
  const mine = events.filter((e) => e.incidentId === incidentId);
  const conflicts = findConflicts(mine);
  const kept = new Set(
    conflicts.flatMap((c) => c.repairs).flatMap((r) => (r.kind === 'keep-tenure' ? [r.tenureId] : [])),
  );
  const closedBy = new Map(conflicts.map((c) => [c.won.id, c.repairs]));
  const open = new Map<string, string>();
  const close = (tenureId: string): void => {
    if (!kept.has(tenureId)) open.delete(tenureId);
  };
  for (const event of mine) {
    if (event.type === 'responder.checked-in') {
      for (const { tenureId, role } of event.payload.roles)
        if (role === 'incident-commander') open.set(tenureId, event.payload.personId);
    } else if (event.type === 'responder.checked-out') {
      for (const [tenureId, personId] of [...open]) if (personId === event.payload.personId) close(tenureId);
    } else if (event.type === 'command.handed-over') {
      close(event.payload.from.tenureId);
      open.set(event.payload.to.tenureId, event.payload.to.personId);
      for (const repair of closedBy.get(event.id) ?? [])
        if (repair.kind === 'close-tenure') close(repair.tenureId);
    }
  }
  return [...open.keys()];
}
