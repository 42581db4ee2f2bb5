/**
 * A desk's side of the shared war room, against a real nats-server on loopback: what one desk publishes
 * another reads in stream order from where it stopped, a re-sent event is stored once, desks see who is
 * here, and a wrong address or password is refused with a sentence that says what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinRoom, RoomJoinError, type Room, type RoomEvent } from '../../../../../main/services/room/room';
import { startNatsServer, type NatsServer } from '../../../../fixtures/nats-server';

let server: NatsServer;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(async () => {
  await server.stop();
});

const event = (id: string, incidentId: string, type: string, text = ''): RoomEvent => ({
  id,
  incidentId,
  type,
  ts: 1_764_000_000_000,
  recordedAt: 1_764_000_000_000,
  actor: 'Alice',
  payload: { text },
});

function desk(room: string, name: string): Promise<Room> {
  return joinRoom({ servers: server.url, room, credentials: { kind: 'none' }, desk: name });
}

describe('a room on NATS JetStream', () => {
  it('gives every desk the events of every desk, in one order, from where it stopped', async () => {
    const [ic, scribe] = [await desk('payments', 'ic'), await desk('payments', 'scribe')];
    await ic.publish(event('01A', 'INC1', 'incident.declared'));
    await scribe.publish(event('01B', 'INC1', 'log.entry-added', 'Replica lag 40 s'));
    await ic.publish(event('01C', 'INC2', 'task.assigned'));

    const all = await scribe.readAfter(0, 100);
    expect(all.map((r) => [r.seq, r.event.id])).toEqual([
      [1, '01A'],
      [2, '01B'],
      [3, '01C'],
    ]);
    expect(all[1]?.event).toEqual(event('01B', 'INC1', 'log.entry-added', 'Replica lag 40 s'));
    // A desk that had read up to 2 gets only what came after.
    expect((await ic.readAfter(2, 100)).map((r) => r.event.id)).toEqual(['01C']);
    expect(await ic.readAfter(3, 100)).toEqual([]);
    await Promise.all([ic.close(), scribe.close()]);
  });

  it('stores an event re-sent after a lost ack once, and says it was a duplicate', async () => {
    const ic = await desk('resend', 'ic');
    const first = await ic.publish(event('01D', 'INC1', 'log.entry-added', 'once'));
    const again = await ic.publish(event('01D', 'INC1', 'log.entry-added', 'once'));
    expect(first).toEqual({ seq: 1, duplicate: false });
    expect(again).toEqual({ seq: 1, duplicate: true });
    expect((await ic.readAfter(0, 100)).map((r) => r.event.id)).toEqual(['01D']);
    await ic.close();
  });

  it('keeps rooms apart: a desk reads only its own room', async () => {
    const a = await desk('room-a', 'ic');
    const b = await desk('room-b', 'ic');
    await a.publish(event('01E', 'INC1', 'incident.declared'));
    expect(await b.readAfter(0, 100)).toEqual([]);
    await Promise.all([a.close(), b.close()]);
  });

  it('tells a desk each time its room grows, and not when another room does', async () => {
    const [ic, scribe, elsewhere] = [
      await desk('watched', 'ic'),
      await desk('watched', 'scribe'),
      await desk('unwatched', 'ic'),
    ];
    let told = 0;
    const heard = new Promise<void>((resolve) => {
      const stop = scribe.watch(() => {
        told += 1;
        stop();
        resolve();
      });
    });
    await elsewhere.publish(event('01W', 'INC9', 'incident.declared'));
    // A round trip on the scribe's own connection: anything the server had for it has been delivered.
    await scribe.readAfter(0, 10);
    expect(told).toBe(0);
    await ic.publish(event('01X', 'INC1', 'log.entry-added', 'Cue for the scribe'));
    await heard;
    expect(told).toBe(1);
    expect((await scribe.readAfter(0, 10)).map((r) => r.event.id)).toEqual(['01X']);
    await Promise.all([ic.close(), scribe.close(), elsewhere.close()]);
  });

  it('lists the desks that have said they are here', async () => {
    const [ic, comms] = [await desk('presence', 'IC desk'), await desk('presence', '広報 (comms)')];
    await ic.heartbeat(1000);
    await comms.heartbeat(2000);
    expect(await ic.present()).toEqual([
      { desk: 'IC desk', at: 1000 },
      { desk: '広報 (comms)', at: 2000 },
    ]);
    await Promise.all([ic.close(), comms.close()]);
  });
});

describe('joining is refused with what to do', () => {
  it('wants TLS for any server off this machine, before connecting', async () => {
    const join = joinRoom({
      servers: 'nats://nats.example.com:4222',
      room: 'payments',
      credentials: { kind: 'none' },
      desk: 'ic',
    });
    await expect(join).rejects.toMatchObject({ code: 'needs-tls' });
    await expect(join).rejects.toThrow(/use tls:\/\//);
  });

  it('says no server answered when nothing listens there', async () => {
    const join = joinRoom({
      servers: 'nats://127.0.0.1:1',
      room: 'payments',
      credentials: { kind: 'none' },
      desk: 'ic',
    });
    await expect(join).rejects.toBeInstanceOf(RoomJoinError);
    await expect(join).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('says the credentials were refused by a server that wants others', async () => {
    const guarded = await startNatsServer(['--user', 'war-room', '--pass', 'right']);
    try {
      const join = joinRoom({
        servers: guarded.url,
        room: 'payments',
        credentials: { kind: 'user', user: 'war-room', pass: 'wrong' },
        desk: 'ic',
      });
      await expect(join).rejects.toMatchObject({ code: 'refused' });
      const room = await joinRoom({
        servers: guarded.url,
        room: 'payments',
        credentials: { kind: 'user', user: 'war-room', pass: 'right' },
        desk: 'ic',
      });
      await room.close();
    } finally {
      await guarded.stop();
    }
  });
});
