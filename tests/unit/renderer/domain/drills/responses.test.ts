/**
 * Expected responses detected from the drill incident's log, only after the inject was shown, or ticked
 * by the game master; and the outcome per inject the retrospective reads.
 */
import { describe, expect, it } from 'vitest';
import type { DrillAction } from '../../../../../renderer/src/domain/drills/clock';
import { drillOutcome } from '../../../../../renderer/src/domain/drills/outcome';
import { drillState } from '../../../../../renderer/src/domain/drills/timing';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { after, players, scenario, startedAt } from './play';

const responseTo = (id: string, events: IncidentEvent[], actions: DrillAction[] = [], now = after(24)) =>
  drillState({ scenario, startedAt, actions }, events, now).injects.find((s) => s.inject.id === id)?.response;

describe('detection from the log', () => {
  it('an update sent before the question was asked does not answer it; one after does', () => {
    expect(responseTo('support', [players.updateSent(after(2))])).toEqual({ happened: false });
    expect(responseTo('support', [players.updateSent(after(2)), players.updateSent(after(4))])).toMatchObject(
      {
        happened: true,
        at: after(4),
        evidence: { type: 'broadcast.sent', detail: 'drill' },
      },
    );
  });

  it('a status change counts only when it goes where the scenario expects', () => {
    expect(responseTo('fixed', [players.statusTo(after(21), 'identified')])).toEqual({ happened: false });
    expect(responseTo('fixed', [players.statusTo(after(21), 'monitoring')])).toMatchObject({
      happened: true,
    });
  });

  it('a severity change counts when it is to the severity expected', () => {
    expect(responseTo('worse', [players.severityTo(after(22), 'SEV-3')])?.happened).toBe(false);
    expect(responseTo('worse', [players.severityTo(after(22), 'SEV-1')])?.happened).toBe(true);
  });

  it('a check-in counts for the person named, whatever the case, when recorded after the inject', () => {
    const sam = { personId: 'p-sam', personName: 'Sam' };
    expect(responseTo('dana', [players.checkedIn(after(11), sam)])).toEqual({ happened: false });
    expect(
      responseTo('dana', [players.checkedIn(after(11), { personId: 'x', personName: ' dana ' })]),
    ).toMatchObject({ happened: true, evidence: { detail: ' dana ' } });
    // Dated earlier, with a reason, but recorded after the inject: the players did respond to it.
    expect(responseTo('dana', [players.checkedIn(after(11), undefined, after(2))])).toMatchObject({
      happened: true,
      at: after(11),
    });
  });

  it('sending a responder to rest and handing over command are seen in the log', () => {
    expect(responseTo('tired', [players.rested(after(13))])).toMatchObject({
      happened: true,
      evidence: { type: 'rest.started', detail: 'Alex' },
    });
    const toSam = players.handedOver(after(16), { personId: 'p-sam', personName: 'Sam' });
    expect(responseTo('shift', [toSam])).toEqual({ happened: false });
    expect(responseTo('shift', [toSam, players.handedOver(after(17))])).toMatchObject({ happened: true });
  });

  it('takes the earliest response, whatever order the events come in', () => {
    const events = [
      players.assigned(after(3), 'Warm the cache'),
      players.assigned(after(2), 'Shield the CDN'),
    ];
    expect(responseTo('errors', events)).toMatchObject({
      at: after(2),
      evidence: { detail: 'Shield the CDN → Alex' },
    });
  });

  it('a free-text response happens only when the game master ticks it, after the inject', () => {
    expect(responseTo('press', [players.updateSent(after(23))])).toEqual({ happened: false });
    const early: DrillAction[] = [{ kind: 'ticked', at: after(21), injectId: 'press' }];
    expect(responseTo('press', [], early)).toEqual({ happened: false });
    const tick: DrillAction[] = [{ kind: 'ticked', at: after(23), injectId: 'press' }];
    expect(responseTo('press', [], tick)).toEqual({ happened: true, at: after(23), how: 'ticked' });
  });

  it('ignores what the players do after the drill ended, but keeps the game master’s later ticks', () => {
    const end: DrillAction[] = [
      { kind: 'ended', at: after(22, 30) },
      { kind: 'ticked', at: after(40), injectId: 'press' },
    ];
    expect(responseTo('fixed', [players.statusTo(after(23), 'monitoring')], end, after(41))).toEqual({
      happened: false,
    });
    expect(responseTo('press', [], end, after(41))).toMatchObject({ happened: true, how: 'ticked' });
  });
});

describe('the outcome for the retrospective', () => {
  it('says per inject what was expected, what happened, when, and which contingencies came', () => {
    const events = [
      players.assigned(after(6), 'Purge the CDN'),
      players.updateSent(after(4)),
      players.checkedIn(after(10, 30)),
      players.rested(after(13)),
      players.statusTo(after(21), 'monitoring'),
    ];
    const actions: DrillAction[] = [
      { kind: 'injected-early', at: after(14), injectId: 'shift' },
      { kind: 'skipped', at: after(20), injectId: 'worse' },
      { kind: 'ended', at: after(23) },
    ];
    const outcome = drillOutcome(drillState({ scenario, startedAt, actions }, events, after(30)));
    const line = (id: string) => outcome.injects.find((o) => o.injectId === id);

    expect(outcome.injects.map((o) => [o.injectId, o.verdict])).toEqual([
      ['errors', 'late'],
      ['support', 'in-time'],
      ['dana', 'in-time'],
      ['tired', 'in-time'],
      ['shift', 'missing'],
      ['fixed', 'in-time'],
      ['worse', 'skipped'],
      ['press', 'missing'],
    ]);
    expect(line('errors')).toMatchObject({
      expected: { kind: 'task-assigned', words: ['cache', 'CDN'] },
      shownAtMs: 0,
      respondedAt: after(6),
      responseAfterMs: 6 * 60_000,
      contingencyFired: true,
      evidence: { type: 'task.assigned', detail: 'Purge the CDN → Alex' },
    });
    expect(line('dana')).toMatchObject({ responseAfterMs: 30_000, contingencyFired: false, ticked: false });
    expect(line('shift')).toMatchObject({ early: true, shownAtMs: 14 * 60_000, respondedAt: null });
    expect(outcome.counts).toEqual({ 'in-time': 4, late: 1, missing: 2, 'not-shown': 0, skipped: 1 });
  });

  it('an inject the drill never reached is not shown, not missing', () => {
    const actions: DrillAction[] = [{ kind: 'ended', at: after(11) }];
    const outcome = drillOutcome(drillState({ scenario, startedAt, actions }, [], after(12)));
    expect(outcome.counts).toEqual({ 'in-time': 0, late: 0, missing: 3, 'not-shown': 5, skipped: 0 });
  });
});
