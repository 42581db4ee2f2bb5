/** The Incident Command System's words for who is on an incident, in what role, and where. */
export const responderRoles = [
  'incident-commander',
  'deputy-ic',
  'scribe',
  'communications-lead',
  'ops-lead',
  'subject-matter-expert',
  'responder',
] as const;
export type ResponderRole = (typeof responderRoles)[number];

/** 'unstated' when nobody chose one: the ICS-211 must not claim a place the IC never gave. */
export const locations = ['remote', 'office', 'other', 'unstated'] as const;
export type Location = (typeof locations)[number];

export const checkOutReasons = ['shift-end', 'rest', 'released', 'handed-over'] as const;
export type CheckOutReason = (typeof checkOutReasons)[number];

/** A responder in the directory, kept across incidents. */
export type Person = {
  id: string;
  name: string;
  team: string;
  contact: string;
  slackUserId: string | null;
  email: string | null;
  /** IANA zone, e.g. 'Europe/Paris': their night is their local night. */
  timeZone: string;
};

/** Pseudo incident id for events about the directory rather than one incident. */
export const directoryStream = 'directory';

/** One stay on an incident, check-in to check-out (a row of ICS-211). */
export type CheckInFact = {
  id: string;
  incidentId: string;
  personId: string;
  location: Location;
  locationDetail: string;
  contact: string;
  assignment: string;
  checkedInAt: number;
  backdatedReason: string | null;
  checkedOutAt: number | null;
  checkOutReason: CheckOutReason | null;
  checkOutNote: string;
};

/** A role held for a while: assumed at, renounced at (null while held). */
export type TenureFact = {
  id: string;
  incidentId: string;
  personId: string;
  role: ResponderRole;
  assumedAt: number;
  renouncedAt: number | null;
};

export type RestFact = {
  id: string;
  incidentId: string;
  personId: string;
  checkInId: string;
  startedAt: number;
  endedAt: number | null;
};
