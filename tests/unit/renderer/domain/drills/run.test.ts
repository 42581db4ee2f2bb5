/**
 * A drill read back from its log, as another desktop would after importing it: the scenario copied in
 * at the start plays the same, the game master's actions come back in the clock's terms whatever order
 * the events arrive in, and a backup checks each drill event as strictly as every other.
 */
import { describe, expect, it } from 'vitest';
import { newEvent } from '../../../../../renderer/src/db/append';
import { eventSchema } from '../../../../../renderer/src/domain/backup/event-schemas';
import type { DrillEvent } from '../../../../../renderer/src/domain/drills/events';
import { scenarioLogCopy } from '../../../../../renderer/src/domain/drills/file';
import { drillRunOf } from '../../../../../renderer/src/domain/drills/run';
import { after, scenario, startedAt } from './play';

const gm = (now: number) => ({ now, actor: 'Game master' });
const started = newEvent('drill.started', 'inc-1', { scenario: scenarioLogCopy(scenario) }, gm(startedAt));
const paused = newEvent('drill.acted', 'inc-1', { action: 'paused', injectId: null }, gm(after(4)));
const skipped = newEvent('drill.acted', 'inc-1', { action: 'skipped', injectId: 'support' }, gm(after(5)));
const shown = newEvent(
  'drill.inject-shown',
  'inc-1',
  { injectId: 'errors', contingency: false, target: 'incident-commander', kind: 'fact', from: '', text: 'x' },
  gm(startedAt),
);
const retro = (wentWell: string, now: number) =>
  newEvent('drill.retrospective-saved', 'inc-1', { wentWell, lucky: '', improve: '', injects: [] }, gm(now));

describe('a drill read from its log', () => {
  it('plays the scenario the log kept, from the start event’s time', () => {
    const read = drillRunOf([started]);
    expect(read).toEqual({
      kind: 'drill',
      run: { scenario, startedAt, actions: [] },
      shown: [],
      retrospective: null,
    });
  });

  it('gives the game master’s actions in time order, whatever order the events came in', () => {
    const read = drillRunOf([skipped, shown, paused, started]);
    expect(read.kind === 'drill' && read.run.actions).toEqual([
      { kind: 'paused', at: after(4) },
      { kind: 'skipped', at: after(5), injectId: 'support' },
    ]);
    expect(read.kind === 'drill' && read.shown).toEqual([shown]);
  });

  it('takes the last retrospective saved as what the team says', () => {
    const read = drillRunOf([started, retro('second', after(30)), retro('first', after(29))]);
    expect(read.kind === 'drill' && read.retrospective?.payload.wentWell).toBe('second');
  });

  it('is no drill without a start, and says so when its scenario cannot be played here', () => {
    expect(drillRunOf([paused])).toEqual({ kind: 'none' });
    const broken = {
      ...started,
      payload: { scenario: { ...started.payload.scenario, roles: ['juggler'] } },
    } as DrillEvent;
    expect(drillRunOf([broken])).toMatchObject({ kind: 'unreadable', problem: { code: 'unknown-role' } });
  });

  it('is checked by a backup like every event: a well-formed drill passes, an unknown key is refused', () => {
    for (const event of [started, paused, skipped, shown, retro('ok', after(30))]) {
      expect(eventSchema.safeParse(event).success).toBe(true);
    }
    expect(eventSchema.safeParse({ ...paused, payload: { ...paused.payload, extra: 1 } }).success).toBe(
      false,
    );
    expect(
      eventSchema.safeParse({ ...paused, payload: { action: 'exploded', injectId: null } }).success,
    ).toBe(false);
  });
});
