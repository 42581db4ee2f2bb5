/** A small backup made by hand for the pure parser's tests (the store's tests use real repositories). */
import type { BackupFile } from '../../../../../renderer/src/domain/backup/format';
import { serializeBackup } from '../../../../../renderer/src/domain/backup/serialize';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';

export const now = Date.parse('2026-11-24T12:00:00Z');
const t = (minute: number) => Date.parse('2026-11-24T10:00:00Z') + minute * 60_000;

export function sampleEvents(): [IncidentEvent, IncidentEvent, IncidentEvent] {
  return [
    {
      id: '01P0000000000000000000000A',
      incidentId: 'directory',
      ts: t(0),
      recordedAt: t(0),
      actor: 'Alice',
      type: 'person.added',
      payload: {
        person: {
          id: 'P1',
          name: 'Alice',
          team: '',
          contact: '',
          slackUserId: null,
          email: null,
          timeZone: 'UTC',
        },
      },
    },
    {
      id: '01P0000000000000000000000B',
      incidentId: 'I1',
      ts: t(1),
      recordedAt: t(1),
      actor: 'Alice',
      type: 'incident.declared',
      payload: {
        title: 'Checkout 500s',
        severity: 'SEV-2',
        commanderId: 'P1',
        commanderName: 'Alice',
        summary: '',
        isDrill: false,
      },
    },
    {
      id: '01P0000000000000000000000C',
      incidentId: 'I1',
      ts: t(2),
      recordedAt: t(30),
      actor: 'Alice',
      type: 'log.entry-added',
      payload: { kind: 'fact', text: 'DB primary down', author: 'Alice', backdatedReason: 'noticed late' },
    },
  ];
}

export function sampleContent(events: IncidentEvent[] = sampleEvents()): Omit<BackupFile, 'checksum'> {
  return {
    format: 'war-room-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: '2026-11-24T11:00:00.000Z',
    scope: { kind: 'all' },
    events,
    outbox: [],
  };
}

export async function sampleText(events?: IncidentEvent[]): Promise<string> {
  return serializeBackup(sampleContent(events));
}
