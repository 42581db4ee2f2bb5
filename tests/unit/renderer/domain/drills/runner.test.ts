/**
 * What the drill runner writes at a tick: each inject as it comes due, dated when it was due, never twice,
 * and a contingency only when the expected response has not come.
 */
import { describe, expect, it } from 'vitest';
import { newEvent } from '../../../../../renderer/src/db/append';
import type { DrillAction } from '../../../../../renderer/src/domain/drills/clock';
import type { DrillInjectShown } from '../../../../../renderer/src/domain/drills/events';
import { drillNudges } from '../../../../../renderer/src/domain/drills/nudges';
import { injectsDue, type InjectDue } from '../../../../../renderer/src/domain/drills/runner';
import { drillState } from '../../../../../renderer/src/domain/drills/timing';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { after, players, scenario, startedAt } from './play';

const due = (
  now: number,
  shown: DrillInjectShown[] = [],
  actions: DrillAction[] = [],
  events: IncidentEvent[] = [],
) => injectsDue(drillState({ scenario, startedAt, actions }, events, now), shown);

/** The events the runner would append for `list`, as the log then holds them. */
const recorded = (list: InjectDue[]): DrillInjectShown[] =>
  list.map(({ at, ...payload }) =>
    newEvent('drill.inject-shown', 'drill-1', payload, { now: at, ts: at, actor: 'Monitoring' }),
  );
const names = (list: InjectDue[]) => list.map((d) => `${d.injectId}${d.contingency ? ' (contingency)' : ''}`);

describe('injects due', () => {
  it('gives the first inject at the start, with its words and who it is for', () => {
    expect(due(startedAt)).toEqual([
      {
        injectId: 'errors',
        contingency: false,
        at: startedAt,
        target: 'ops-lead',
        kind: 'fact',
        from: '',
        text: 'Inject errors',
      },
    ]);
  });

  it('gives nothing already in the log, and the next one when its time comes', () => {
    const first = recorded(due(startedAt));
    expect(due(after(2, 59), first)).toEqual([]);
    expect(names(due(after(3), first))).toEqual(['support']);
  });

  it('catches up after the desk was closed: every inject missed, oldest first, each dated when it was due', () => {
    const late = due(after(4, 30));
    expect(late.map((d) => [d.injectId, d.at])).toEqual([
      ['errors', startedAt],
      ['support', after(3)],
    ]);
  });

  it('gives a contingency only when the expected response is missing by its time', () => {
    const shown = recorded(due(after(4)));
    expect(names(due(after(5), shown))).toEqual(['errors (contingency)']);
    expect(due(after(5), shown)[0]).toMatchObject({
      at: after(5),
      text: 'Still no errors?',
      kind: 'stakeholder-question',
    });

    const answered = [players.assigned(after(4), 'Warm the cache')];
    expect(due(after(5), shown, [], answered)).toEqual([]);
  });

  it('never gives the same contingency twice', () => {
    const withContingency = recorded(due(after(5)));
    expect(names(due(after(6), withContingency))).toEqual([]);
  });

  it('gives nothing skipped, holds everything while paused, and gives an inject brought forward at once', () => {
    const first = recorded(due(startedAt));
    expect(due(after(3), first, [{ kind: 'skipped', at: after(1), injectId: 'support' }])).toEqual([]);
    expect(due(after(9), first, [{ kind: 'paused', at: after(2) }])).toEqual([]);
    const early = due(after(1), first, [{ kind: 'injected-early', at: after(1), injectId: 'dana' }]);
    expect(early.map((d) => [d.injectId, d.at])).toEqual([['dana', after(1)]]);
  });

  it('gives nothing due after the time is up', () => {
    const all = recorded(due(after(25)));
    expect(due(after(40), all)).toEqual([]);
  });
});

describe('the injects as nudges', () => {
  const nudges = (
    now: number,
    shown: DrillInjectShown[],
    events: IncidentEvent[] = [],
    dismissed: string[] = [],
  ) => drillNudges(drillState({ scenario, startedAt, actions: [] }, events, now), shown, new Set(dismissed));

  it('stands for each inject shown, for its role, until the expected response comes', () => {
    const shown = recorded(due(after(3)));
    expect(nudges(after(3), shown).map((n) => [n.injectId, n.target, n.text])).toEqual([
      ['errors', 'ops-lead', 'Inject errors'],
      ['support', 'communications-lead', 'Inject support'],
    ]);
    const answered = [players.assigned(after(3, 30), 'Warm the cache')];
    expect(nudges(after(4), shown, answered).map((n) => n.injectId)).toEqual(['support']);
  });

  it('gives way to its contingency, goes when dismissed, and all go when the drill ends', () => {
    const shown = recorded(due(after(5)));
    const now = nudges(after(5), shown);
    expect(now.map((n) => [n.injectId, n.contingency])).toEqual([
      ['support', false],
      ['errors', true],
    ]);
    expect(nudges(after(5), shown, [], [now[0]?.id ?? '']).map((n) => n.injectId)).toEqual(['errors']);
    expect(nudges(after(26), recorded(due(after(26))))).toEqual([]);
  });
});
