import { describe, expect, it } from 'vitest';
import type { IncidentEvent, LogEntryAdded } from '../../../../../renderer/src/domain/log/events';
import { everything } from '../../../../../renderer/src/domain/log/query';
import { mergePending, type PendingLine } from '../../../../../renderer/src/features/log/pendingLines';

const line = (id: string, ts: number, text = `line ${id}`): LogEntryAdded => ({
  id,
  incidentId: 'i',
  ts,
  recordedAt: ts,
  actor: 'Alice',
  type: 'log.entry-added',
  payload: { kind: 'fact', text, author: 'Alice' },
});
const ids = (events: readonly IncidentEvent[]) => events.map((event) => event.id);

describe('lines shown before the database confirms them', () => {
  const stored = [line('03', 3000), line('01', 1000)];

  it('sit at their time among the stored lines, marked saving', () => {
    const pending: PendingLine[] = [{ event: line('04', 4000), state: 'saving' }];
    const { entries, states } = mergePending(stored, pending, everything);
    expect(ids(entries)).toEqual(['04', '03', '01']);
    expect(states.get('04')).toBe('saving');
  });

  it('a back-dated one goes where it happened, not on top', () => {
    const pending: PendingLine[] = [{ event: line('05', 2000), state: 'saving' }];
    expect(ids(mergePending(stored, pending, everything).entries)).toEqual(['03', '05', '01']);
  });

  it('a failed one stays on screen saying so', () => {
    const pending: PendingLine[] = [{ event: line('04', 4000), state: 'failed' }];
    expect(mergePending(stored, pending, everything).states.get('04')).toBe('failed');
  });

  it('a saved one shows once, unmarked, whether or not the stored page holds it yet', () => {
    const saved: PendingLine[] = [{ event: line('04', 4000), state: 'saved' }];
    const before = mergePending(stored, saved, everything);
    expect(ids(before.entries)).toEqual(['04', '03', '01']);
    expect(before.states.size).toBe(0);
    const after = mergePending([line('04', 4000), ...stored], saved, everything);
    expect(ids(after.entries)).toEqual(['04', '03', '01']);
  });

  it('follows the filters the log shows', () => {
    const pending: PendingLine[] = [{ event: line('04', 4000, 'checked the dashboards'), state: 'saving' }];
    const query = { ...everything, search: 'failover' };
    expect(ids(mergePending([], pending, query).entries)).toEqual([]);
    expect(ids(mergePending([], pending, { ...query, search: 'dashboards' }).entries)).toEqual(['04']);
  });
});
