import { afterEach, describe, expect, it } from 'vitest';
import { declareIncident } from '../../../../../renderer/src/db/repositories/incidents';
import { addLogEntry, setStarred } from '../../../../../renderer/src/db/repositories/log';
import { readTimelineSources } from '../../../../../renderer/src/db/repositories/timeline-reads';
import type { WarRoomDatabase } from '../../../../../renderer/src/db/schema';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { buildTimeline } from '../../../../../renderer/src/domain/timeline';
import { at, freshDatabase } from '../testDb';

let db: WarRoomDatabase;
afterEach(async () => db?.delete());

const describeEvent = (e: IncidentEvent) => (e.type === 'log.entry-added' ? e.payload.text : e.type);

describe('what the timeline export reads', () => {
  it('gives the incident’s events in event time: an entry written at 19:00 about 18:10 comes before 18:30', async () => {
    db = freshDatabase();
    const id = await declareIncident(
      db,
      { title: 'Payments down', severity: 'SEV-2', commanderName: 'Alice', summary: '' },
      { now: at('2026-11-24T18:00:00Z'), actor: 'Alice' },
    );
    const entry = (text: string, now: string, backdated?: { at: string; reason: string }) =>
      addLogEntry(
        db,
        {
          incidentId: id,
          kind: 'fact',
          text,
          author: 'Bob',
          ...(backdated === undefined ? {} : { at: at(backdated.at), reason: backdated.reason }),
        },
        { now: at(now), actor: 'Alice' },
      );
    const { id: early } = await entry('errors at 18:30', '2026-11-24T18:30:00Z');
    const { id: late } = await entry('errors began', '2026-11-24T19:00:00Z', {
      at: '2026-11-24T18:10:00Z',
      reason: 'found in the graphs',
    });
    await setStarred(db, late, true, { now: at('2026-11-24T19:01:00Z'), actor: 'Alice' });

    const sources = await readTimelineSources(db, id);
    const lines = buildTimeline({ events: sources.events, people: sources.people, describe: describeEvent });
    const entries = lines.filter((l) => l.kind === 'fact');
    expect(entries.map((l) => [l.id, l.text, l.recordedAt, l.backdatedReason, l.starred])).toEqual([
      [late, 'errors began', at('2026-11-24T19:00:00Z'), 'found in the graphs', true],
      [early, 'errors at 18:30', null, null, false],
    ]);
    expect(lines[0]?.kind).toBe('declared');
    expect(sources.checkIns.map((c) => c.personId)).toEqual([sources.people[0]?.id]);
  });
});
