/** Events of the ICS check-in list: who came, in which role, who rested, who left, who commands. */
import type { EventOf } from '../log/event-of';
import type { CheckOutReason, Location, Person, ResponderRole } from './types';

type Who = { personId: string; personName: string };

export type PersonAdded = EventOf<'person.added', { person: Person }>;
export type PersonUpdated = EventOf<'person.updated', { person: Person }>;
/** The directory fields the IC may correct for someone already known; the name stays (it is who they are). */
export const editablePersonFields = ['team', 'contact', 'slackUserId', 'email', 'timeZone'] as const;
export type EditablePersonField = (typeof editablePersonFields)[number];
/**
 * Someone's details corrected from an incident's roster: logged on that incident, so its log says who
 * changed what. `person` is the whole new record (enough to redo the change); `changes` is what differed.
 */
export type PersonDetailsChanged = EventOf<
  'person.details-changed',
  Who & { person: Person; changes: { field: EditablePersonField; from: string; to: string }[] }
>;
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
  | PersonDetailsChanged
  | CheckedIn
  | CheckedOut
  | RoleAssumed
  | RoleRenounced
  | CommandHandedOver
  | RestStarted
  | RestEnded
  | AssignmentChanged;
