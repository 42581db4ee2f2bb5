/**
 * Inject timing as the game master and the players would notice it: injects on time, a pause holding
 * every clock, inject early and skip, the countdown, and contingencies that come only when the expected
 * response has not.
 */
import { describe, expect, it } from 'vitest';
import type { DrillAction } from '../../../../../renderer/src/domain/drills/clock';
import { drillState, type InjectState } from '../../../../../renderer/src/domain/drills/timing';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { after, players, scenario, startedAt } from './play';

const at = (now: number, actions: DrillAction[] = [], events: IncidentEvent[] = []) =>
  drillState({ scenario, startedAt, actions }, events, now);
function inject(state: ReturnType<typeof at>, id: string): InjectState {
  const found = state.injects.find((s) => s.inject.id === id);
  if (found === undefined) throw new Error(`no inject ${id}`);
  return found;
}
const shownIds = (state: ReturnType<typeof at>) =>
  state.injects.filter((s) => s.shown !== null).map((s) => s.inject.id);

describe('injects on time', () => {
  it('shows each inject at its offset and says which comes next and when', () => {
    const before = at(after(2, 59));
    expect(shownIds(before)).toEqual(['errors']);
    expect(inject(before, 'errors').shown).toEqual({ at: startedAt, atMs: 0, early: false });
    expect(before.next).toEqual({ injectId: 'support', contingency: false, inMs: 1000, at: after(3) });

    const onTime = at(after(3));
    expect(shownIds(onTime)).toEqual(['errors', 'support']);
    expect(inject(onTime, 'support').shown?.at).toBe(after(3));
  });

  it('counts down the time limit, and ends the drill when it runs out', () => {
    expect(at(after(10))).toMatchObject({ remainingMs: 15 * 60_000, timeUp: false, ended: false });
    const over = at(after(40));
    expect(over).toMatchObject({ remainingMs: 0, timeUp: true, ended: true, next: null });
    expect(over.clock.elapsedMs).toBe(25 * 60_000);
  });

  it('stops the clock when the game master ends the drill', () => {
    const ended = at(after(30), [{ kind: 'ended', at: after(9) }]);
    expect(ended).toMatchObject({ ended: true, timeUp: false, remainingMs: 16 * 60_000, next: null });
    expect(shownIds(ended)).toEqual(['errors', 'support']);
  });
});

describe('pause and resume', () => {
  const pause: DrillAction[] = [
    { kind: 'paused', at: after(2) },
    { kind: 'resumed', at: after(7) },
  ];

  it('holds injects and the countdown while paused, and knows no wall time for the next one', () => {
    const paused = at(after(5), pause.slice(0, 1));
    expect(paused.clock.paused).toBe(true);
    expect(paused.remainingMs).toBe(23 * 60_000);
    expect(paused.next).toEqual({ injectId: 'support', contingency: false, inMs: 60_000, at: null });
  });

  it('moves every later inject and contingency by the length of the pause', () => {
    expect(shownIds(at(after(7, 59), pause))).toEqual(['errors']);
    const resumed = at(after(8), pause);
    expect(inject(resumed, 'support').shown).toEqual({ at: after(8), atMs: 180_000, early: false });
    expect(resumed.remainingMs).toBe(22 * 60_000);
    // The first contingency is due at 5:00 of drill time: 10:00 by the wall clock.
    expect(inject(at(after(9, 59), pause), 'errors').contingency?.status).toBe('waiting');
    expect(inject(at(after(10), pause), 'errors').contingency).toEqual({
      status: 'fired',
      dueMs: 300_000,
      firedAt: after(10),
    });
  });
});

describe('inject early and skip', () => {
  it('shows an inject brought forward at once, and keeps its contingency window from then', () => {
    const early: DrillAction[] = [{ kind: 'injected-early', at: after(1), injectId: 'support' }];
    const state = at(after(1), early);
    expect(inject(state, 'support').shown).toEqual({ at: after(1), atMs: 60_000, early: true });
    // Scripted 3:00 then 8:00: five minutes to respond, so due at 6:00 when shown at 1:00.
    expect(inject(state, 'support').contingency).toEqual({ status: 'waiting', dueMs: 360_000 });
    expect(inject(at(after(6), early), 'support').contingency?.status).toBe('fired');
    expect(inject(at(after(3), early), 'support').shown?.at).toBe(after(1));
  });

  it('never shows a skipped inject nor its contingency, and moves on to the next', () => {
    const skip: DrillAction[] = [{ kind: 'skipped', at: after(1), injectId: 'support' }];
    const state = at(after(9), skip);
    expect(inject(state, 'support')).toMatchObject({ shown: null, skipped: true, contingency: null });
    expect(state.next).toMatchObject({ injectId: 'dana', inMs: 60_000 });
  });

  it('skipping an inject already shown calls off its contingency', () => {
    const skip: DrillAction[] = [{ kind: 'skipped', at: after(4), injectId: 'errors' }];
    expect(inject(at(after(6), skip), 'errors')).toMatchObject({
      shown: { at: startedAt },
      skipped: false,
      contingency: { status: 'skipped' },
    });
  });
});

describe('contingencies', () => {
  it('fires when the expected response is missing by its time, and says so as the next thing due', () => {
    const waiting = at(after(4));
    expect(waiting.next).toEqual({ injectId: 'errors', contingency: true, inMs: 60_000, at: after(5) });
    expect(inject(at(after(5)), 'errors').contingency).toEqual({
      status: 'fired',
      dueMs: 300_000,
      firedAt: after(5),
    });
  });

  it('does not fire when the response came in time', () => {
    const events = [players.assigned(after(4), 'Flush the CACHE on the edge')];
    const state = inject(at(after(6), [], events), 'errors');
    expect(state.contingency).toEqual({ status: 'not-needed', dueMs: 300_000 });
    expect(state.response).toMatchObject({ happened: true, at: after(4), how: 'detected' });
  });

  it('a task that matches none of the words is not the response', () => {
    const events = [players.assigned(after(1), 'Page the database team')];
    const state = inject(at(after(6), [], events), 'errors');
    expect(state.response.happened).toBe(false);
    expect(state.contingency?.status).toBe('fired');
  });

  it('a response after the contingency counts as happened, and the contingency still came', () => {
    const state = inject(at(after(7), [], [players.assigned(after(6), 'Purge CDN')]), 'errors');
    expect(state.response).toMatchObject({ happened: true, at: after(6) });
    expect(state.contingency?.status).toBe('fired');
  });
});
