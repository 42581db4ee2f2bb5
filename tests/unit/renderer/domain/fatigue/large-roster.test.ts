import { describe, expect, it } from 'vitest';
import { assessTeamFatigue } from '../../../../../renderer/src/domain/fatigue/model';
import { responderNudges, type ResponderState } from '../../../../../renderer/src/domain/fatigue/nudges';
import { defaultFatigueThresholds } from '../../../../../renderer/src/domain/fatigue/thresholds';

const at = (iso: string) => Date.parse(iso);
const zones = ['UTC', 'Europe/Paris', 'Asia/Tokyo', 'America/New_York'];

/**
 * 200 responders with 30 days of January history (UTC): each day on incident A 08:00-13:00 and on
 * incident B 12:00-20:00 (one overlapping hour), resting 10:00-10:20 and 15:00-15:30. On the 30th they
 * are still on B. The size the bench times; here only the answers are checked.
 */
function roster(): ResponderState[] {
  return Array.from({ length: 200 }, (_, i) => {
    const duty = [];
    const rests = [];
    for (let d = 1; d <= 30; d++) {
      const date = `2026-01-${String(d).padStart(2, '0')}`;
      const time = (hhmm: string) => at(`${date}T${hhmm}:00Z`);
      duty.push({ incidentId: `a-${d}`, start: time('08:00'), end: time('13:00') });
      duty.push({ incidentId: `b-${d}`, start: time('12:00'), end: d === 30 ? null : time('20:00') });
      rests.push({ start: time('10:00'), end: time('10:20') }, { start: time('15:00'), end: time('15:30') });
    }
    const timeZone = zones[i % zones.length] ?? 'UTC';
    return {
      personId: `p${i}`,
      name: `P${i}`,
      timeZone,
      duty,
      rests,
      roles: [],
      isCommander: false,
      resting: false,
    };
  });
}

describe('a large roster', () => {
  const now = at('2026-01-30T17:00:00Z');
  const people = roster();
  const fatigue = assessTeamFatigue(people, now, defaultFatigueThresholds);

  it('assesses every person from the last day of a 30-day history', () => {
    expect(fatigue.size).toBe(200);
    for (const person of people) {
      // 3 h on the 29th + 9 h on the 30th minus 50 min of rest; the shift began at 08:00 after 12 h off.
      expect(fatigue.get(person.personId)).toMatchObject({
        atWork: true,
        shiftStartedAt: at('2026-01-30T08:00:00Z'),
        dutyMinutes: 540,
        continuousMinutes: 90,
        workMinutes24h: 670,
        restMinutes24h: 770,
      });
      // In Tokyo those 90 minutes since the break are 00:30-02:00 local: night hours bring the break closer.
      const inTokyo = person.timeZone === 'Asia/Tokyo';
      expect(fatigue.get(person.personId)).toMatchObject({
        level: inTokyo ? 'tired' : 'ok',
        restDueAt: at(inTokyo ? '2026-01-30T16:50:00Z' : '2026-01-30T17:30:00Z'),
      });
    }
  });

  it("weighs each person's own night: none in UTC or Paris, morning in New York, evening in Tokyo", () => {
    const nightOf = (id: string) => fatigue.get(id)?.nightMinutes24h;
    // UTC, Paris (night 23:00-05:00Z in January), Tokyo (15:00-21:00Z), New York (05:00-11:00Z).
    expect([nightOf('p0'), nightOf('p1'), nightOf('p2'), nightOf('p3')]).toEqual([0, 0, 270, 160]);
    expect(fatigue.get('p2')?.weightedWorkMinutes24h).toBe(805);
    expect(fatigue.get('p3')?.reasons).toEqual([{ kind: 'night-work', nightMinutes: 160 }]);
  });

  it('sends to rest only those who are working through their night, though all take their breaks', () => {
    const nudges = responderNudges({ people, now, thresholds: defaultFatigueThresholds });
    const tokyo = people.filter((p) => p.timeZone === 'Asia/Tokyo').map((p) => p.personId);
    expect(nudges.map((n) => n.kind)).toEqual(tokyo.map(() => 'send-to-rest'));
    expect(nudges.map((n) => n.personId).sort()).toEqual([...tokyo].sort());
  });
});
