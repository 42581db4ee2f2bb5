import { describe, expect, it } from 'vitest';
import { responderNudges, type ResponderState } from '../../../../../renderer/src/domain/fatigue/nudges';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';

const at = (iso: string) => Date.parse(iso);
const may4 = (time: string) => at(`2026-05-04T${time}:00Z`);
type Span = [start: number, end: number | null];

function responder(
  name: string,
  duty: Span[],
  options: { rests?: Span[]; roles?: string[]; isCommander?: boolean; resting?: boolean } = {},
): ResponderState {
  return {
    personId: name.toLowerCase(),
    name,
    timeZone: 'UTC',
    duty: duty.map(([start, end]) => ({ incidentId: 'inc-1', start, end })),
    rests: (options.rests ?? []).map(([start, end]) => ({ start, end })),
    roles: options.roles ?? [],
    isCommander: options.isCommander ?? false,
    resting: options.resting ?? false,
  };
}

/** A 15-minute rest starting at each of these times (HH:MM on 4 May, or full ISO instants). */
const rests = (...starts: string[]): Span[] =>
  starts.map((start) => {
    const from = start.length === 5 ? may4(start) : at(`${start}:00Z`);
    return [from, from + 15 * 60_000];
  });

const bobBreaks = rests('12:15', '14:15', '16:15', '18:15', '20:15', '22:15');
const alice = responder('Alice', [[may4('17:50'), null]]);
const bob = responder('Bob', [[may4('10:30'), null]], { rests: bobBreaks, roles: ['communications-lead'] });
const carol = responder('Carol', [[may4('20:00'), null]], { isCommander: true });
const dave = responder('Dave', [[may4('14:00'), null]], { rests: [[may4('22:30'), null]], resting: true });
const erin = responder('Erin', [[may4('22:00'), null]]);
const frank = responder('Frank', [[may4('12:00'), may4('22:00')]]);
const nudgesAt = (people: ResponderState[], now: number) =>
  responderNudges({ people, now, thresholds: defaultFatigueThresholds });

describe('responderNudges', () => {
  it('sends Alice to rest, has Carol hand over command and Bob plan a hand-over, most urgent first', () => {
    const nudges = nudgesAt([bob, carol, dave, erin, frank, alice], may4('23:00'));
    expect(nudges.map((n) => n.id)).toEqual(['rest:alice', 'command:carol', 'hand-over:bob']);
    expect(nudges[0]).toEqual({
      id: 'rest:alice',
      kind: 'send-to-rest',
      severity: 'critical',
      personId: 'alice',
      personName: 'Alice',
      dueAt: may4('19:50'),
      facts: {
        minutesWithoutBreak: 310,
        dutyMinutes: 310,
        restDueAt: may4('19:50'),
        reason: { kind: 'continuous-work', minutes: 310, breakDueAt: may4('19:50') },
      },
    });
    expect(nudges[1]).toMatchObject({ kind: 'commander-fatigue', severity: 'warning', dueAt: may4('22:00') });
    expect(nudges[1]?.facts).toMatchObject({ level: 'tired', minutesWithoutBreak: 180, dutyMinutes: 180 });
    expect(nudges[2]).toMatchObject({ kind: 'plan-hand-over', severity: 'warning', personName: 'Bob' });
    // 13.5 day hours until midnight, then night hours count 1.5 times: the 16 h come at 01:40, not 02:30.
    expect(nudges[2]?.facts).toEqual({
      dutyMinutes: 750,
      reachesLimitAt: at('2026-05-05T01:40:00Z'),
      roles: ['communications-lead'],
    });
  });

  it('asks for a hand-over now once Bob passes 16 h on duty', () => {
    const lateBreaks = rests('2026-05-05T00:15', '2026-05-05T02:15').map(([start, end]) => ({ start, end }));
    const later = { ...bob, rests: [...bob.rests, ...lateBreaks] };
    const nudges = nudgesAt([later], at('2026-05-05T03:00:00Z'));
    expect(nudges).toEqual([
      {
        id: 'hand-over:bob',
        kind: 'hand-over-now',
        severity: 'critical',
        personId: 'bob',
        personName: 'Bob',
        dueAt: at('2026-05-05T01:40:00Z'),
        facts: {
          dutyMinutes: 990,
          limitReachedAt: at('2026-05-05T01:40:00Z'),
          roles: ['communications-lead'],
        },
      },
    ]);
  });

  it('gives one person both a rest and a hand-over nudge when both are due', () => {
    const noLateBreaks = { ...bob, rests: bob.rests.slice(0, 4) };
    const nudges = nudgesAt([noLateBreaks], may4('23:00'));
    expect(nudges.map((n) => [n.id, n.severity])).toEqual([
      ['rest:bob', 'critical'],
      ['hand-over:bob', 'warning'],
    ]);
    expect(nudges[0]?.facts).toMatchObject({ minutesWithoutBreak: 270, restDueAt: may4('20:30') });
  });

  it('makes the commander nudge critical when the IC is exhausted, and says nothing when the IC is fine', () => {
    const worn = responder('Carol', [[may4('18:00'), null]], { isCommander: true });
    expect(nudgesAt([worn], may4('23:00')).map((n) => [n.kind, n.severity])).toEqual([
      ['commander-fatigue', 'critical'],
    ]);
    expect(nudgesAt([worn], may4('19:00'))).toEqual([]);
  });

  it('leaves people who rest or have checked out alone, and nudges nobody when all are fresh', () => {
    expect(nudgesAt([dave, frank, erin], may4('23:00'))).toEqual([]);
    expect(nudgesAt([], may4('23:00'))).toEqual([]);
  });

  it('sends someone to rest when the 24 h balance is broken even though breaks were taken', () => {
    // Eight hours off after a 04:00-14:00 day, then nights: see the balance case in model-time.test.ts.
    const nightOwl = responder(
      'Gina',
      [
        [may4('04:00'), may4('14:00')],
        [may4('22:00'), null],
      ],
      { rests: rests('23:45', '2026-05-05T01:45') },
    );
    const now = at('2026-05-05T03:50:00Z');
    // Counted by the day's limits alone, the balance is what sends Gina to rest.
    const byDay = { ...defaultFatigueThresholds, nightCountsTowardLimits: false };
    const nudges = responderNudges({ people: [nightOwl], now, thresholds: byDay });
    expect(nudges).toHaveLength(1);
    expect(nudges[0]).toMatchObject({ kind: 'send-to-rest', severity: 'warning' });
    expect(nudges[0]?.facts).toMatchObject({ reason: { kind: 'work-rest-balance', restMinutes: 520 } });
    // With night hours counted toward limits, the 110 night minutes since the last rest come first.
    const [atNight] = nudgesAt([nightOwl], now);
    expect(atNight?.facts).toMatchObject({ reason: { kind: 'continuous-work', nightMinutes: 110 } });
  });
});
