/**
 * Who was on the incident, in which roles, for how long, how much of it in their own night, and how
 * they rested. Hours are the analytics' duty intervals (stays with rests cut out, ending at the
 * resolution), night hours the fatigue model's nights in each person's zone: one count of hours in War Room.
 */
import { dutyIntervalsOf } from '../analytics/from-store';
import { intersectIntervals, localNights, mergeIntervals, totalDuration, type Interval } from '../fatigue';
import { resolutionTimes } from '../incident/resolution';
import type { ResponderRole } from '../roster/types';
import { endOf, type PostmortemFacts, type PostmortemWords } from './facts';
import { markdownTable, prompt } from './markdown';

const minute = 60_000;

export type ResponderHours = {
  personId: string;
  name: string;
  roles: ResponderRole[];
  dutyMinutes: number;
  nightMinutes: number;
  rests: number;
  restMinutes: number;
};

/** One row per person who checked in, in the order they first arrived. */
export function responderHours(facts: PostmortemFacts): ResponderHours[] {
  const end = endOf(facts);
  const duty = dutyIntervalsOf(facts.checkIns, facts.rests, resolutionTimes([facts.incident]));
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const arrivals = [...facts.checkIns].sort((a, b) => a.checkedInAt - b.checkedInAt);
  const ids = [...new Set(arrivals.map((stay) => stay.personId))];
  return ids.map((personId): ResponderHours => {
    const person = people.get(personId);
    const worked: Interval[] = mergeIntervals(
      duty.filter((d) => d.personId === personId).map((d) => ({ start: d.start, end: d.end ?? end })),
    );
    const from = worked[0]?.start ?? end;
    const to = worked.at(-1)?.end ?? end;
    const { nightStartHour, nightEndHour } = facts.thresholds;
    const nights = localNights(person?.timeZone ?? 'UTC', from, to, nightStartHour, nightEndHour);
    const rests = facts.rests.filter((r) => r.personId === personId);
    const restMs = rests.reduce(
      (sum, r) => sum + Math.max(0, Math.min(r.endedAt ?? end, end) - r.startedAt),
      0,
    );
    const roles = facts.tenures
      .filter((t) => t.personId === personId)
      .sort((a, b) => a.assumedAt - b.assumedAt)
      .map((t) => t.role);
    return {
      personId,
      name: person?.name ?? personId,
      roles: [...new Set(roles)],
      dutyMinutes: totalDuration(worked) / minute,
      nightMinutes: totalDuration(intersectIntervals(worked, nights)) / minute,
      rests: rests.length,
      restMinutes: restMs / minute,
    };
  });
}

export function respondersSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const rows = responderHours(facts).map((r) => [
    r.name,
    r.roles.map(words.role).join(', '),
    words.duration(r.dutyMinutes),
    words.duration(r.nightMinutes),
    r.rests === 0
      ? '0'
      : words.say('responders.restCount', { count: r.rests, duration: words.duration(r.restMinutes) }),
  ]);
  if (rows.length === 0) return prompt(words.say('responders.none'));
  const header = ['name', 'roles', 'onDuty', 'night', 'rests'].map((c) => words.say(`responders.${c}`));
  return markdownTable(header, rows).join('\n');
}
