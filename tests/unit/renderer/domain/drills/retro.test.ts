/**
 * The retrospective as the form opens it: each inject's outcome in script order with the team's note,
 * the last one saved as what the team says, and answers too long to keep refused with where they are.
 */
import { describe, expect, it } from 'vitest';
import type { DrillEvent } from '../../../../../renderer/src/domain/drills/events';
import {
  retroPayload,
  retroTextMaxLength,
  retrospectiveOf,
} from '../../../../../renderer/src/domain/drills/retro';
import { drillRunOf } from '../../../../../renderer/src/domain/drills/run';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { after, scenario } from './play';
import { endedAt, played, retro } from './retroPlay';

const isDrill = (e: IncidentEvent): e is DrillEvent => e.type.startsWith('drill.');
const read = (events: IncidentEvent[], now = after(30)) =>
  retrospectiveOf(drillRunOf(events.filter(isDrill)), events, now);

describe('the drill retrospective', () => {
  it('lines up each inject, expected against what happened, in script order', () => {
    const r = read(played);
    expect(r?.endedAt).toBe(endedAt);
    expect(r?.timeUp).toBe(false);
    expect(r?.lines.map((l) => [l.injectId, l.verdict])).toEqual([
      ['errors', 'in-time'],
      ['support', 'late'],
      ['dana', 'missing'],
      ['tired', 'not-shown'],
      ['shift', 'not-shown'],
      ['fixed', 'not-shown'],
      ['worse', 'not-shown'],
      ['press', 'skipped'],
    ]);
    expect(r?.lines[0]?.evidence?.detail).toBe('Flush the CDN cache → Alex');
    expect(r?.lines[1]?.responseAfterMs).toBe(6 * 60_000);
    expect(r?.saved).toBeNull();
  });

  it('says when time ran out if nobody ended it', () => {
    const unended = played.filter((e) => !(e.type === 'drill.acted' && e.payload.action === 'ended'));
    expect(read(unended, after(24))?.endedAt).toBeNull();
    const r = read(unended, after(40));
    expect(r?.endedAt).toBe(after(25));
    expect(r?.timeUp).toBe(true);
  });

  it('opens with the last retrospective saved, its notes on their injects', () => {
    const r = read([
      ...played,
      retro(after(32), 'Second thoughts', { support: 'Nobody owned the update' }),
      retro(after(31), 'First thoughts', { errors: 'Quick' }),
    ]);
    expect(r?.saved).toMatchObject({ wentWell: 'Second thoughts', actor: 'Alex', at: after(32) });
    expect(r?.lines.find((l) => l.injectId === 'support')?.note).toBe('Nobody owned the update');
    expect(r?.lines.find((l) => l.injectId === 'errors')?.note).toBe('');
  });

  it('is nothing for an incident that is no drill', () => {
    expect(read(played.filter((e) => e.type !== 'drill.started'))).toBeNull();
  });
});

describe('saving the retrospective', () => {
  const answers = { wentWell: 'a', lucky: 'b', improve: 'c', notes: { dana: 'Nobody checked Dana in' } };

  it('keeps a note for each inject of the scenario, and none for an inject it does not have', () => {
    const saved = retroPayload({ ...answers, notes: { ...answers.notes, ghost: 'x' } }, scenario);
    expect(saved.ok && saved.payload.injects.map((i) => i.injectId)).toEqual(
      scenario.injects.map((i) => i.id),
    );
    expect(saved.ok && saved.payload.injects.find((i) => i.injectId === 'dana')?.note).toBe(
      'Nobody checked Dana in',
    );
  });

  it('refuses an answer or a note too long to keep, naming which', () => {
    const long = 'x'.repeat(retroTextMaxLength + 1);
    expect(retroPayload({ ...answers, improve: long }, scenario)).toEqual({
      ok: false,
      problem: { field: 'improve', injectId: null },
    });
    expect(retroPayload({ ...answers, notes: { shift: long } }, scenario)).toEqual({
      ok: false,
      problem: { field: 'note', injectId: 'shift' },
    });
  });
});
