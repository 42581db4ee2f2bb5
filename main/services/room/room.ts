/**
 * One desk's connection to its team's room on NATS JetStream: the room's stream (created on first join),
 * publishing this desk's events, reading everyone's in stream order from where this desk stopped, and the
 * desks that are here. NATS does the distributed log (replicas, ordering, de-duplication by message id);
 * this module only says how War Room uses it.
 *
 * Never doubled: each event is published with its own id as `Nats-Msg-Id`, so a publish re-sent after a
 * lost ack inside the stream's duplicate window is answered "duplicate" and stored once; past the window,
 * receivers still apply events idempotently by id.
 */
import { connect, type ConnectionOptions, type NatsConnection } from '@nats-io/transport-node';
import {
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import { checkServers } from './servers';
import { eventSubject, presenceBucket, roomSubjects, streamName } from './subjects';

/** What the room exchanges: a log event as the renderer wrote it; its schema is checked where it is applied. */
export type RoomEvent = { id: string; incidentId: string; type: string } & Record<string, unknown>;

/** An event as the stream ordered it: `seq` is where a desk resumes from. */
export type Received = { seq: number; event: RoomEvent };

export type Credentials =
  { kind: 'none' } | { kind: 'user'; user: string; pass: string } | { kind: 'token'; token: string };

export type JoinOptions = {
  servers: string;
  room: string;
  credentials: Credentials;
  /** Who this desk is in the room (the desk's name). */
  desk: string;
  /** How long a re-sent publish is recognised as the same message (ms). */
  duplicateWindowMs?: number;
  /**
   * Replicas of the room's stream. Unsaid: 3 where the servers are a cluster of three or more (the room
   * outlives a node), else 1 (one server can hold only one copy).
   */
  replicas?: number;
};

export type Presence = { desk: string; at: number };

export type Room = {
  publish: (event: RoomEvent) => Promise<{ seq: number; duplicate: boolean }>;
  /** The events after `afterSeq` (0: from the start), at most `max`, in stream order. */
  readAfter: (afterSeq: number, max: number) => Promise<Received[]>;
  /** Says this desk is here; the entry expires unless repeated within the bucket's time to live. */
  heartbeat: (now: number) => Promise<void>;
  /** The desks whose heartbeat has not expired. */
  present: () => Promise<Presence[]>;
  /**
   * Calls `listener` whenever any desk publishes to the room (a plain subscription on the room's subjects,
   * which sees each publish as the stream stores it): the cue to read after the last applied sequence.
   */
  watch: (listener: () => void) => () => void;
  /** False while the client has lost its servers (it keeps trying; publishes wait or fail meanwhile). */
  connected: () => boolean;
  close: () => Promise<void>;
};

export class RoomJoinError extends Error {
  constructor(
    readonly code: 'bad-servers' | 'needs-tls' | 'unreachable' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'RoomJoinError';
  }
}

const defaultDuplicateWindowMs = 60 * 60_000;
/** A desk whose heartbeat is older than this is shown as gone. */
export const presenceTtlMs = 30_000;

function connectionOptions(servers: string[], credentials: Credentials): ConnectionOptions {
  const base: ConnectionOptions = { servers, name: 'war-room', maxReconnectAttempts: -1 };
  if (credentials.kind === 'user') return { ...base, user: credentials.user, pass: credentials.pass };
  if (credentials.kind === 'token') return { ...base, token: credentials.token };
  return base;
}

async function ensureStream(jsm: JetStreamManager, options: JoinOptions): Promise<void> {
  const name = streamName(options.room);
  const wanted = (replicas: number) => ({
    name,
    subjects: [roomSubjects(options.room)],
    // Nanoseconds, as JetStream counts them.
    duplicate_window: (options.duplicateWindowMs ?? defaultDuplicateWindowMs) * 1_000_000,
    num_replicas: replicas,
  });
  try {
    await jsm.streams.info(name);
    return;
  } catch {
    // Not there yet: this desk is the room's first.
  }
  if (options.replicas !== undefined) {
    await jsm.streams.add(wanted(options.replicas));
    return;
  }
  try {
    await jsm.streams.add(wanted(3));
  } catch {
    try {
      // Fewer than three servers with JetStream: one copy is what they can keep.
      await jsm.streams.add(wanted(1));
    } catch (error) {
      // Another desk joining at the same moment made it first, with its own count of copies.
      await jsm.streams.info(name).catch(() => Promise.reject(error));
    }
  }
}

export async function joinRoom(options: JoinOptions): Promise<Room> {
  const checked = checkServers(options.servers);
  if (!checked.ok) {
    throw new RoomJoinError(
      checked.problem === 'needs-tls' ? 'needs-tls' : 'bad-servers',
      checked.problem === 'needs-tls'
        ? `${checked.server} is not on this machine: use tls:// so the room's log and credentials are encrypted.`
        : `Not a NATS server address: ${JSON.stringify(checked.server)}.`,
    );
  }
  let nc: NatsConnection;
  try {
    nc = await connect(connectionOptions(checked.servers, options.credentials));
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const refused = /authorization|authentication|permissions/i.test(text);
    throw new RoomJoinError(
      refused ? 'refused' : 'unreachable',
      refused ? `The NATS server refused these credentials (${text}).` : `No NATS server answered (${text}).`,
    );
  }
  let up = true;
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect') up = false;
      else if (status.type === 'reconnect') up = true;
    }
  })();
  const jsm = await jetstreamManager(nc);
  await ensureStream(jsm, options);
  const js: JetStreamClient = jetstream(nc);
  const stream = streamName(options.room);
  // Who is here is kept in as many copies as the room's log, so losing a node loses neither.
  const copies = (await jsm.streams.info(stream)).config.num_replicas;
  let presence: KV | null = null;
  const bucket = async () => {
    presence ??= await new Kvm(nc).create(presenceBucket(options.room), {
      ttl: presenceTtlMs,
      replicas: copies,
    });
    return presence;
  };

  return {
    publish: async (event) => {
      const subject = eventSubject(options.room, event.incidentId, event.type);
      const ack = await js.publish(subject, JSON.stringify(event), {
        msgID: event.id,
        expect: { streamName: stream },
      });
      return { seq: ack.seq, duplicate: ack.duplicate };
    },
    readAfter: async (afterSeq, max) => {
      const consumer = await js.consumers.get(
        stream,
        afterSeq <= 0
          ? { deliver_policy: DeliverPolicy.All }
          : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: afterSeq + 1 },
      );
      const pending = (await consumer.info(true)).num_pending;
      const received: Received[] = [];
      if (pending === 0) return received;
      const messages = await consumer.fetch({ max_messages: Math.min(max, pending), expires: 2_000 });
      for await (const message of messages) {
        received.push({ seq: message.seq, event: message.json<RoomEvent>() });
        if (received.length >= Math.min(max, pending)) break;
      }
      return received;
    },
    heartbeat: async (now) => {
      const kv = await bucket();
      // A key allows only a few ASCII characters; the desk's name is the team's words, in any script.
      await kv.put(
        Buffer.from(options.desk).toString('base64url'),
        JSON.stringify({ desk: options.desk, at: now }),
      );
    },
    present: async () => {
      const kv = await bucket();
      const desks: Presence[] = [];
      for await (const key of await kv.keys()) {
        const entry = await kv.get(key);
        if (entry !== null && entry.operation === 'PUT') desks.push(entry.json<Presence>());
      }
      return desks.sort((a, b) => a.desk.localeCompare(b.desk));
    },
    watch: (listener) => {
      const subscription = nc.subscribe(roomSubjects(options.room), { callback: () => listener() });
      return () => subscription.unsubscribe();
    },
    connected: () => up && !nc.isClosed(),
    close: async () => {
      await nc.drain();
    },
  };
}
