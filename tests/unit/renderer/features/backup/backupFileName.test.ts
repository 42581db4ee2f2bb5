import { describe, expect, it } from 'vitest';
import { incidentBackupFileName } from '../../../../../renderer/src/features/backup/backupFileName';

const now = new Date(2026, 11, 3, 12, 4).getTime();

describe('a one-incident backup’s file name', () => {
  it('says incident for a real one and drill for a drill', () => {
    expect(incidentBackupFileName({ id: '01ABCDEF', title: 'Payments down' }, now)).toBe(
      'incident-payments-down-2026-12-03-1204.warroom-backup.json',
    );
    expect(incidentBackupFileName({ id: '01ABCDEF', title: 'Payments down', isDrill: true }, now)).toBe(
      'drill-payments-down-2026-12-03-1204.warroom-backup.json',
    );
  });
});
