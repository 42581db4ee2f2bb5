/**
 * The shared war room through the real handler table, as the renderer calls it, against a real
 * nats-server on loopback: join, status with who is here, publish and read back in order, a restart that
 * rejoins from the secret store, and leaving. Credentials never come back through the bridge.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type HandlerTable } from '../../../../main/handlers';
import { browserHostPlatform } from '../../../../main/services/browser-platform';
import { startNatsServer, type NatsServer } from '../../../fixtures/nats-server';

let server: NatsServer;
beforeAll(async () => {
  server = await startNatsServer(['--user', 'war-room', '--pass', 's3cret-pass']);
});
afterAll(async () => {
  await server.stop();
});

function desk(dataFolder = mkdtempSync(join(tmpdir(), 'war-room-room-'))): {
  table: HandlerTable;
  dataFolder: string;
} {
  const table = createHandlers({
    identity: { name: 'War Room', version: '1', dataFolder, transport: 'browser-host' },
    platform: browserHostPlatform(dataFolder),
  });
  return { table, dataFolder };
}

const joinAs = (table: HandlerTable, name: string, pass = 's3cret-pass') =>
  dispatch(table, 'room:join', {
    servers: server.url,
    room: 'payments',
    desk: name,
    credentials: { kind: 'user', user: 'war-room', pass },
  });

const event = (id: string) => ({
  id,
  incidentId: 'INC1',
  type: 'log.entry-added',
  ts: 1,
  recordedAt: 1,
  actor: 'Alice',
  payload: { kind: 'fact', text: id, author: 'Alice' },
});

describe('the room through the bridge', () => {
  it('joins, says who is here without the credentials, publishes and reads back in order', async () => {
    const ic = desk();
    const scribe = desk();
    expect(await joinAs(ic.table, 'IC desk')).toEqual({
      ok: true,
      value: { room: 'payments', desk: 'IC desk' },
    });
    expect(await joinAs(scribe.table, 'Scribe desk')).toMatchObject({ ok: true });

    const status = await dispatch(ic.table, 'room:status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { joined: true, room: 'payments', desk: 'IC desk', connected: true },
    });
    expect(JSON.stringify(status)).not.toContain('s3cret-pass');
    if (status.ok) {
      const value = status.value as { present: { desk: string }[] };
      expect(value.present.map((p) => p.desk)).toEqual(['IC desk', 'Scribe desk']);
    }

    const published = await dispatch(ic.table, 'room:publish', { events: [event('E1'), event('E2')] });
    expect(published).toEqual({
      ok: true,
      value: {
        published: [
          { id: 'E1', seq: 1, duplicate: false },
          { id: 'E2', seq: 2, duplicate: false },
        ],
      },
    });
    // A re-send after a lost answer is stored once.
    expect(await dispatch(scribe.table, 'room:publish', { events: [event('E2')] })).toMatchObject({
      ok: true,
      value: { published: [{ id: 'E2', seq: 2, duplicate: true }] },
    });
    const read = await dispatch(scribe.table, 'room:read-after', { afterSeq: 1, max: 100 });
    expect(read).toEqual({ ok: true, value: { events: [{ seq: 2, event: event('E2') }] } });
  });

  it('rejoins after a restart from what main kept, and forgets it on leaving', async () => {
    const first = desk();
    expect(await joinAs(first.table, 'Comms desk')).toMatchObject({ ok: true });
    // The same data folder, a new process: nothing but the secret store remembers the room.
    const restarted = desk(first.dataFolder);
    expect(await dispatch(restarted.table, 'room:status', {})).toMatchObject({
      ok: true,
      value: { joined: true, desk: 'Comms desk', connected: true },
    });
    expect(await dispatch(restarted.table, 'room:leave', {})).toEqual({ ok: true, value: { left: true } });
    expect(await dispatch(desk(first.dataFolder).table, 'room:status', {})).toMatchObject({
      ok: true,
      value: { joined: false, room: null },
    });
  });

  it('says it is working offline once its server is gone, and lists no desk then', async () => {
    const own = await startNatsServer();
    const ic = desk();
    expect(
      await dispatch(ic.table, 'room:join', {
        servers: own.url,
        room: 'outage',
        desk: 'IC desk',
        credentials: { kind: 'none' },
      }),
    ).toMatchObject({ ok: true });
    await own.stop();
    await expect
      .poll(
        async () =>
          ((await dispatch(ic.table, 'room:status', {})) as { value?: { connected: boolean } }).value
            ?.connected,
      )
      .toBe(false);
    await dispatch(ic.table, 'room:leave', {});
  });

  it('refuses a wrong password as such, and an unjoined desk’s publish with what to do', async () => {
    const wrong = desk();
    expect(await joinAs(wrong.table, 'IC desk', 'wrong')).toMatchObject({
      ok: false,
      error: { code: 'auth', permanent: true },
    });
    expect(await dispatch(wrong.table, 'room:publish', { events: [event('E9')] })).toMatchObject({
      ok: false,
      error: { code: 'bad_input', message: 'This desk has not joined a room.' },
    });
    expect(
      await dispatch(wrong.table, 'room:join', {
        servers: 'nats://nats.example.com:4222',
        room: 'payments',
        desk: 'IC desk',
        credentials: { kind: 'none' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_input', message: expect.stringMatching(/tls:\/\//) } });
    expect(
      await dispatch(wrong.table, 'room:join', {
        servers: server.url,
        room: 'Payments.>',
        desk: 'IC desk',
        credentials: { kind: 'none' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });
});
