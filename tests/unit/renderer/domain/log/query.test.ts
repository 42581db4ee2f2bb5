import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { everything, matchesLogQuery } from '../../../../../renderer/src/domain/log/query';

const base = { incidentId: 'i', ts: 0, recordedAt: 0, actor: 'Alice' };
const fact: IncidentEvent = {
  ...base,
  id: '1',
  type: 'log.entry-added',
  payload: { kind: 'fact', text: 'Disk FULL on db-1', author: 'Bob' },
};
const status: IncidentEvent = {
  ...base,
  id: '2',
  type: 'incident.status-changed',
  payload: { from: 'investigating', to: 'identified' },
};
const star: IncidentEvent = {
  ...base,
  id: '3',
  type: 'log.entry-starred',
  payload: { entryId: '1', starred: true },
};

describe('log query', () => {
  it('shows entries and automatic lines, never star bookkeeping', () => {
    expect([fact, status, star].filter((e) => matchesLogQuery(e, everything))).toEqual([fact, status]);
  });
  it('filters by category', () => {
    const q = { ...everything, categories: ['system'] as const };
    expect([fact, status].filter((e) => matchesLogQuery(e, { ...q, categories: [...q.categories] }))).toEqual(
      [status],
    );
  });
  it('searches text and author case-insensitively', () => {
    expect(matchesLogQuery(fact, { ...everything, search: 'disk full' })).toBe(true);
    expect(matchesLogQuery(fact, { ...everything, search: 'bob' })).toBe(true);
    expect(matchesLogQuery(fact, { ...everything, search: 'network' })).toBe(false);
  });
});
