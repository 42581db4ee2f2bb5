/**
 * The shared war room as the renderer asks for it: join, leave, status, publish, read. Main holds the one
 * NATS connection; what the desk joined with (servers, room, desk, credentials) is kept in the secret store,
 * so a restart rejoins on the first status and no credential ever travels back to the renderer.
 */
import type { MethodInput } from '../../preload/contract';
import { joinRoom, RoomJoinError, type Room, type RoomEvent } from '../services/room/room';
import { HandlerError, type HandlerContext, type HandlerGroup } from './context';

type Joined = MethodInput<'room:join'>;
const secretKey = 'room';

const unreachable = () =>
  new HandlerError(
    'transient',
    'The room’s NATS servers cannot be reached now; changes are kept on this desk.',
  );

function asHandlerError(error: unknown): never {
  if (error instanceof RoomJoinError) {
    if (error.code === 'refused')
      throw new HandlerError('auth', error.message, undefined, { permanent: true });
    if (error.code === 'unreachable') throw new HandlerError('transient', error.message);
    throw new HandlerError('bad_input', error.message, undefined, { permanent: true });
  }
  throw error;
}

export function roomHandlers(
  context: HandlerContext,
  clock: () => number = Date.now,
): HandlerGroup<'room:join' | 'room:leave' | 'room:status' | 'room:publish' | 'room:read-after'> {
  const { secrets } = context.platform;
  let room: Room | null = null;
  let joined: Joined | null = null;
  let stopWatching: (() => void) | null = null;

  /** Keeps `open` as the room and tells the renderer each time the room's stream grows. */
  function hold(open: Room): Room {
    stopWatching?.();
    stopWatching = open.watch(() => context.push?.emit({ kind: 'room-changed' }));
    room = open;
    return open;
  }

  async function letGo(): Promise<void> {
    stopWatching?.();
    stopWatching = null;
    await room?.close().catch(() => undefined);
    room = null;
  }

  async function remembered(): Promise<Joined | null> {
    if (joined !== null) return joined;
    const text = await secrets.get(secretKey);
    if (text === undefined) return null;
    try {
      joined = JSON.parse(text) as Joined;
    } catch {
      // A damaged record: the desk joins again, which rewrites it.
      return null;
    }
    return joined;
  }

  /** The live connection, opened again after a restart; null while the servers cannot be reached. */
  async function connected(): Promise<Room | null> {
    if (room !== null) return room;
    const wanted = await remembered();
    if (wanted === null) return null;
    try {
      return hold(await joinRoom(wanted));
    } catch (error) {
      if (error instanceof RoomJoinError && error.code === 'unreachable') return null;
      asHandlerError(error);
    }
  }

  async function live(): Promise<Room> {
    if ((await remembered()) === null)
      throw new HandlerError('bad_input', 'This desk has not joined a room.');
    const open = await connected();
    // Asked while the client is between servers, a publish would only wait for its timeout.
    if (open?.connected() !== true) throw unreachable();
    return open;
  }

  /** A call the servers left unanswered (lost on the way, or the connection dropped meanwhile). */
  async function withRoom<T>(work: (open: Room) => Promise<T>): Promise<T> {
    const open = await live();
    try {
      return await work(open);
    } catch (error) {
      if (error instanceof HandlerError) throw error;
      throw unreachable();
    }
  }

  return {
    'room:join': async (input) => {
      await letGo();
      let open: Room;
      try {
        open = hold(await joinRoom(input));
      } catch (error) {
        asHandlerError(error);
      }
      joined = input;
      await secrets.set(secretKey, JSON.stringify(input));
      await open.heartbeat(clock());
      return { room: input.room, desk: input.desk };
    },
    'room:leave': async () => {
      const was = (await remembered()) !== null;
      await letGo();
      joined = null;
      await secrets.delete(secretKey);
      return { left: was };
    },
    'room:status': async () => {
      const wanted = await remembered();
      if (wanted === null) {
        return { joined: false, room: null, desk: null, servers: null, connected: false, present: [] };
      }
      const open = await connected();
      const up = open !== null && open.connected();
      if (up) await open.heartbeat(clock());
      return {
        joined: true,
        room: wanted.room,
        desk: wanted.desk,
        servers: wanted.servers,
        connected: up,
        present: up ? await open.present() : [],
      };
    },
    'room:publish': ({ events }) =>
      withRoom(async (open) => {
        const published = [];
        // One at a time, in the desk's order: the stream's order then keeps each desk's own order.
        for (const event of events as RoomEvent[]) {
          const ack = await open.publish(event);
          published.push({ id: event.id, ...ack });
        }
        return { published };
      }),
    'room:read-after': ({ afterSeq, max }) =>
      withRoom(async (open) => ({ events: await open.readAfter(afterSeq, max) })),
  };
}
