/** The room's names in NATS: one token per name, nothing a team types can become a wildcard. */
import { describe, expect, it } from 'vitest';
import { checkServers } from '../../../../../main/services/room/servers';
import {
  eventSubject,
  incidentSubjects,
  presenceBucket,
  roomSubjects,
  streamName,
} from '../../../../../main/services/room/subjects';

describe('subjects of a room', () => {
  it('put each event under its room, incident and type, so a desk can follow one incident or all', () => {
    expect(eventSubject('payments', '01JABC', 'log.entry-added')).toBe(
      'room.payments.incident.01JABC.log.entry-added',
    );
    expect(incidentSubjects('payments', '01JABC')).toBe('room.payments.incident.01JABC.>');
    expect(roomSubjects('payments')).toBe('room.payments.>');
    expect(streamName('payments-eu')).toBe('WARROOM_PAYMENTS_EU');
    expect(presenceBucket('payments-eu')).toBe('warroom_payments_eu_presence');
  });

  it('refuse a name that would be a wildcard, a separator or another room', () => {
    for (const room of ['', 'a.b', '*', '>', 'Payments', 'pay ments', '-x', 'x'.repeat(65)]) {
      expect(() => roomSubjects(room), room).toThrow(/room name/);
    }
    expect(() => eventSubject('payments', 'INC.1', 'log.entry-added')).toThrow(/incident/);
    expect(() => eventSubject('payments', 'INC1', 'log.>')).toThrow(/type/);
  });
});

describe('server addresses', () => {
  it('take a list, and plain nats:// only on this machine', () => {
    expect(checkServers('nats://127.0.0.1:4222, localhost:4223')).toEqual({
      ok: true,
      servers: ['nats://127.0.0.1:4222', 'localhost:4223'],
    });
    expect(checkServers('tls://nats.example.com:4222')).toMatchObject({ ok: true });
    expect(checkServers('nats://nats.example.com:4222')).toEqual({
      ok: false,
      problem: 'needs-tls',
      server: 'nats://nats.example.com:4222',
    });
    expect(checkServers('  ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkServers('http://127.0.0.1:4222')).toMatchObject({ ok: false, problem: 'not-an-address' });
  });
});
