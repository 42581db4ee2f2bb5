import { z } from 'zod';

/** A room name: one lower-case subject token (main/services/room/subjects.ts says why). */
const roomName = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'lower-case letters, digits and dashes');

/** How the desk proves itself to the team's NATS servers; kept in main's secret store, never returned. */
const credentialsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z
    .object({ kind: z.literal('user'), user: z.string().min(1).max(200), pass: z.string().min(1).max(500) })
    .strict(),
  z.object({ kind: z.literal('token'), token: z.string().min(1).max(2_000) }).strict(),
]);

/** A log event as the renderer wrote it: main checks only what routing needs; the renderer checks the rest. */
const roomEventSchema = z
  .object({
    id: z.string().min(1).max(200),
    incidentId: z.string().min(1).max(128),
    type: z.string().min(1).max(100),
  })
  .catchall(z.unknown());

const presentSchema = z.object({ desk: z.string(), at: z.number() });

export const roomMethods = {
  /**
   * Joins the team's room: connects, creates the room's stream if it is the first desk, and keeps the
   * servers, room, desk and credentials in main's secret store so the desk rejoins after a restart.
   */
  'room:join': {
    input: z
      .object({
        servers: z.string().min(1).max(2_000),
        room: roomName,
        desk: z.string().trim().min(1).max(120),
        credentials: credentialsSchema,
      })
      .strict(),
    output: z.object({ room: z.string(), desk: z.string() }),
  },
  /** Leaves the room and forgets its credentials; the desk's own log is kept. */
  'room:leave': {
    input: z.object({}).strict(),
    output: z.object({ left: z.boolean() }),
  },
  /** Whether this desk is in a room, connected, and which desks are here (never the credentials). */
  'room:status': {
    input: z.object({}).strict(),
    output: z.object({
      joined: z.boolean(),
      room: z.string().nullable(),
      desk: z.string().nullable(),
      servers: z.string().nullable(),
      connected: z.boolean(),
      present: z.array(presentSchema),
    }),
  },
  /** Publishes this desk's events, each with its id as the message id; a duplicate ack counts as delivered. */
  'room:publish': {
    input: z.object({ events: z.array(roomEventSchema).min(1).max(500) }).strict(),
    output: z.object({
      published: z.array(z.object({ id: z.string(), seq: z.number().int(), duplicate: z.boolean() })),
    }),
  },
  /** The room's events after `afterSeq` in stream order, at most `max`. */
  'room:read-after': {
    input: z.object({ afterSeq: z.number().int().min(0), max: z.number().int().min(1).max(1_000) }).strict(),
    output: z.object({
      events: z.array(z.object({ seq: z.number().int(), event: roomEventSchema })),
    }),
  },
} as const;
