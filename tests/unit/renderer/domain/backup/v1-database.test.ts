/**
 * The version-1 database fixture (another desk's data, as stored) read as a backup: every event it holds
 * passes the backup's strict schemas, so a real log exports into a file that imports again.
 */
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../../renderer/src/domain/backup/parse';
import { serializeBackup } from '../../../../../renderer/src/domain/backup/serialize';
import type { Delivery } from '../../../../../renderer/src/domain/broadcasts/outbox';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import dump from '../../../../fixtures/db/war-room-v1.json?raw';

const tables = (JSON.parse(dump) as { tables: { events: IncidentEvent[]; outbox: Delivery[] } }).tables;

describe('a stored version-1 log as a backup', () => {
  it('passes every check, each of its events of every type', async () => {
    const events = [...tables.events].sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
    const latest = Math.max(...events.map((e) => Math.max(e.ts, e.recordedAt)));
    const text = await serializeBackup({
      format: 'war-room-backup',
      formatVersion: 1,
      appVersion: 'fixture',
      createdAt: new Date(latest).toISOString(),
      scope: { kind: 'all' },
      events,
      outbox: tables.outbox.filter((row) => row.state !== 'sent'),
    });
    const parsed = await parseBackup(text, { now: latest });
    expect(parsed.ok ? null : parsed.problem).toBeNull();
    expect(parsed.ok && parsed.file.events).toHaveLength(tables.events.length);
  });
});
