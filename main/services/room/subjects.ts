/**
 * Where a room's events live in NATS. One stream per room holds every desk's events; each event is published
 * on `room.<room>.incident.<incidentId>.<event type>` (the type's own dots make more tokens), so a desk can
 * follow the whole room (`room.<room>.>`), one incident (`room.<room>.incident.<id>.>`), or one kind of
 * change across incidents (`room.<room>.incident.*.task.>`), without a stream per incident: streams are
 * a server resource to be counted, subjects are free. Pseudo streams such as the people directory are
 * "incidents" here too: they are exchanged the same way.
 */

/** A room name as the team types it: lower-case letters, digits and dashes, so it is one subject token. */
export const roomNamePattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** Incident ids (ULIDs) and pseudo stream names: one subject token, never a wildcard or a separator. */
const tokenPattern = /^[A-Za-z0-9_-]{1,128}$/;
/** Event types: dotted words (`log.entry-added`), each word a token. */
const typePattern = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

export class RoomNameError extends Error {
  constructor(
    readonly what: 'room' | 'incident' | 'type',
    value: string,
  ) {
    super(`Not a usable ${what} name for the shared war room: ${JSON.stringify(value.slice(0, 80))}`);
    this.name = 'RoomNameError';
  }
}

export function checkRoomName(room: string): string {
  if (!roomNamePattern.test(room)) throw new RoomNameError('room', room);
  return room;
}

/** The stream of one room: JetStream names allow no dots or wildcards, and read best in capitals. */
export function streamName(room: string): string {
  return `WARROOM_${checkRoomName(room).toUpperCase().replaceAll('-', '_')}`;
}

/** Every subject of a room: what its stream holds. */
export function roomSubjects(room: string): string {
  return `room.${checkRoomName(room)}.>`;
}

export function eventSubject(room: string, incidentId: string, type: string): string {
  if (!tokenPattern.test(incidentId)) throw new RoomNameError('incident', incidentId);
  if (!typePattern.test(type)) throw new RoomNameError('type', type);
  return `room.${checkRoomName(room)}.incident.${incidentId}.${type}`;
}

/** What a desk following one incident subscribes to. */
export function incidentSubjects(room: string, incidentId: string): string {
  if (!tokenPattern.test(incidentId)) throw new RoomNameError('incident', incidentId);
  return `room.${checkRoomName(room)}.incident.${incidentId}.>`;
}

/** The key-value bucket where the room's desks say they are here (expiring heartbeats). */
export function presenceBucket(room: string): string {
  return `warroom_${checkRoomName(room).replaceAll('-', '_')}_presence`;
}
