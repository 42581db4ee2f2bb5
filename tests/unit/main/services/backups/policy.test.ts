import { describe, expect, it } from 'vitest';
import { keepSnapshots, snapshotNameFor, type SnapshotReason } from '../../../../../main/services/backups';

function snapshot(iso: string, reason: SnapshotReason = 'scheduled') {
  const createdAt = Date.parse(iso);
  return { name: snapshotNameFor(createdAt, reason), createdAt, reason };
}
const kept = (list: ReturnType<typeof snapshot>[], now: string, zone?: string) =>
  keepSnapshots(list, Date.parse(now), zone).map((s) => new Date(s.createdAt).toISOString());

describe('which snapshots are kept', () => {
  it('keeps the last 3 of today and the newest of each earlier day, newest first', () => {
    const list = [
      snapshot('2026-12-03T09:00:00.000Z'),
      snapshot('2026-12-03T09:15:00.000Z'),
      snapshot('2026-12-03T09:30:00.000Z'),
      snapshot('2026-12-03T09:45:00.000Z'),
      snapshot('2026-12-02T08:00:00.000Z'),
      snapshot('2026-12-02T17:00:00.000Z'),
      snapshot('2026-11-30T12:00:00.000Z'),
    ];
    expect(kept(list, '2026-12-03T10:00:00.000Z', 'UTC')).toEqual([
      '2026-12-03T09:45:00.000Z',
      '2026-12-03T09:30:00.000Z',
      '2026-12-03T09:15:00.000Z',
      '2026-12-02T17:00:00.000Z',
      '2026-11-30T12:00:00.000Z',
    ]);
  });

  it('keeps at most 10: the 3 of today and the 7 newest earlier days', () => {
    const days = Array.from({ length: 12 }, (_, i) =>
      snapshot(`2026-11-${String(19 + i).padStart(2, '0')}T12:00:00.000Z`),
    );
    const today = [
      snapshot('2026-12-03T01:00:00.000Z'),
      snapshot('2026-12-03T02:00:00.000Z'),
      snapshot('2026-12-03T03:00:00.000Z'),
    ];
    const result = kept([...days, ...today], '2026-12-03T04:00:00.000Z', 'UTC');
    expect(result).toHaveLength(10);
    expect(result.slice(2)).toEqual([
      '2026-12-03T01:00:00.000Z',
      '2026-11-30T12:00:00.000Z',
      '2026-11-29T12:00:00.000Z',
      '2026-11-28T12:00:00.000Z',
      '2026-11-27T12:00:00.000Z',
      '2026-11-26T12:00:00.000Z',
      '2026-11-25T12:00:00.000Z',
      '2026-11-24T12:00:00.000Z',
    ]);
  });

  it('counts days in the zone it is given: 23:30 UTC is already tomorrow in Tokyo', () => {
    // Tokyo is UTC+9: 2026-12-02T16:00Z is 01:00 on 12-03 there, so four of these are Tokyo's "today".
    const list = [
      snapshot('2026-12-02T14:00:00.000Z'), // 23:00 on 12-02 in Tokyo
      snapshot('2026-12-02T16:00:00.000Z'),
      snapshot('2026-12-02T20:00:00.000Z'),
      snapshot('2026-12-02T23:30:00.000Z'),
      snapshot('2026-12-03T00:30:00.000Z'),
    ];
    const now = '2026-12-03T01:00:00.000Z';
    expect(kept(list, now, 'Asia/Tokyo')).toEqual([
      '2026-12-03T00:30:00.000Z',
      '2026-12-02T23:30:00.000Z',
      '2026-12-02T20:00:00.000Z',
      '2026-12-02T14:00:00.000Z',
    ]);
    // In UTC the same five are two of today and three of yesterday, of which only the newest stays.
    expect(kept(list, now, 'UTC')).toEqual(['2026-12-03T00:30:00.000Z', '2026-12-02T23:30:00.000Z']);
  });

  it('keeps the state from before an import apart: scheduled snapshots never push it out', () => {
    const list = [
      snapshot('2026-12-03T09:00:00.000Z', 'before-import'),
      snapshot('2026-12-03T09:15:00.000Z'),
      snapshot('2026-12-03T09:30:00.000Z'),
      snapshot('2026-12-03T09:45:00.000Z'),
      snapshot('2026-12-03T10:00:00.000Z'),
      snapshot('2026-12-03T10:05:00.000Z', 'before-restore'),
    ];
    expect(kept(list, '2026-12-03T10:10:00.000Z', 'UTC')).toEqual([
      '2026-12-03T10:05:00.000Z',
      '2026-12-03T10:00:00.000Z',
      '2026-12-03T09:45:00.000Z',
      '2026-12-03T09:30:00.000Z',
      '2026-12-03T09:00:00.000Z',
    ]);
  });

  it('holds the safety snapshots to the same rule: 3 of today, one per earlier day', () => {
    const list = [
      snapshot('2026-12-01T09:00:00.000Z', 'before-import'),
      snapshot('2026-12-01T10:00:00.000Z', 'before-restore'),
      ...['08', '09', '10', '11'].map((h) => snapshot(`2026-12-03T${h}:00:00.000Z`, 'before-import')),
    ];
    expect(kept(list, '2026-12-03T12:00:00.000Z', 'UTC')).toEqual([
      '2026-12-03T11:00:00.000Z',
      '2026-12-03T10:00:00.000Z',
      '2026-12-03T09:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
    ]);
  });
});
