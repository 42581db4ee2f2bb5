/** Events of the ICS check-in list: who came, in which role, who rested, who left, who commands. */
import type { EventOf } from '../log/event-of';
import type { CheckOutReason, Location, Person, ResponderRole } from './types';

type Who = { personId: string; personName: string };

export type PersonAdded = EventOf<'person.added', { person: Person }>;
export type PersonUpdated = EventOf<'person.updated', { person: Person }>;
export type CheckedIn = EventOf<
  'responder.checked-in',
  Who & {
    checkInId: string;
    roles: { tenureId: string; role: ResponderRole }[];
    location: Location;
    locationDetail: string;
    contact: string;
    assignment: string;
    /** Why the check-in time differs from when it was recorded; null when it is "now". */
    backdatedReason: string | null;
  }
>;
export type CheckedOut = EventOf<
  'responder.checked-out',
  Who & { checkInId: string; reason: CheckOutReason; note: string }
>;
export type RoleAssumed = EventOf<'role.assumed', Who & { tenureId: string; role: ResponderRole }>;
export type RoleRenounced = EventOf<'role.renounced', Who & { tenureId: string; role: ResponderRole }>;
export type CommandHandedOver = EventOf<
  'command.handed-over',
  { from: Who & { tenureId: string }; to: Who & { tenureId: string } }
>;
export type RestStarted = EventOf<'rest.started', Who & { restId: string; checkInId: string }>;
export type RestEnded = EventOf<'rest.ended', Who & { restId: string }>;
export type AssignmentChanged = EventOf<
  'responder.assignment-changed',
  Who & { checkInId: string; assignment: string }
>;

export type RosterEvent =
  | PersonAdded
  | PersonUpdated
  | CheckedIn
  | CheckedOut
  | RoleAssumed
  | RoleRenounced
  | CommandHandedOver
  | RestStarted
  | RestEnded
  | AssignmentChanged;
