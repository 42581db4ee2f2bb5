import {
  clipIntervals,
  intersectIntervals,
  subtractIntervals,
  totalDuration,
  type Interval,
} from './intervals';
import { localNights } from './localTime';
import type { FatigueThresholds } from './thresholds';
import type { FatigueAssessment, FatigueLevel, FatiguePerson, FatigueReason } from './types';
import { limitClock } from './weighted';

const MINUTE = 60_000;
// Most rules look at the last day; two days of history find the start of almost any shift without
// walking 30 days of check-ins. A shift that reaches past it is recomputed on the full history.
const USUAL_HISTORY_MS = 48 * 60 * MINUTE;

const levelRank: Record<FatigueLevel, number> = { fresh: 0, ok: 1, tired: 2, exhausted: 3 };

/** Time actually worked since `since`: check-ins on all incidents merged, rests cut out, nothing after `now`. */
function workedSince(person: FatiguePerson, now: number, since: number): Interval[] {
  const onDuty: Interval[] = [];
  for (const { start, end } of person.duty) {
    const until = Math.min(end ?? now, now);
    if (until > since && start < until) onDuty.push({ start: Math.max(start, since), end: until });
  }
  const resting: Interval[] = [];
  for (const { start, end } of person.rests) {
    const until = Math.min(end ?? now, now);
    if (until > since && start < until) resting.push({ start: Math.max(start, since), end: until });
  }
  return subtractIntervals(onDuty, resting);
}

/** Index of the first piece of the last stretch of work whose pauses are all shorter than `gapMs`. */
function lastStretchIndex(work: readonly Interval[], gapMs: number): number {
  let first = work.length - 1;
  while (first > 0) {
    const before = work[first - 1];
    const piece = work[first];
    if (before === undefined || piece === undefined || piece.start - before.end >= gapMs) break;
    first--;
  }
  return first;
}

/** The night hours of one zone from any instant up to a horizon; each zone is worked out once per tick. */
type NightsFrom = (from: number) => readonly Interval[];

function nightsOfZone(timeZone: string, now: number, t: FatigueThresholds): NightsFrom {
  // Limits are projected forward (when will the break be due?), so nights run up to the longest limit.
  const until = now + t.dutyHardMaxMinutes * MINUTE;
  const usualFrom = now - Math.max(t.balanceWindowMinutes * MINUTE, USUAL_HISTORY_MS);
  let usual: Interval[] | undefined;
  return (from) => {
    if (from < usualFrom) return localNights(timeZone, from, until, t.nightStartHour, t.nightEndHour);
    usual ??= localNights(timeZone, usualFrom, until, t.nightStartHour, t.nightEndHour);
    return usual;
  };
}

/** Assesses one person given the night hours of their zone. */
function assessWithNights(
  person: FatiguePerson,
  now: number,
  t: FatigueThresholds,
  nightsFrom: NightsFrom,
): FatigueAssessment {
  const windowStart = now - t.balanceWindowMinutes * MINUTE;
  const longRestMs = t.longRestMinutes * MINUTE;
  const horizon = Math.min(windowStart, now - USUAL_HISTORY_MS);
  let work = workedSince(person, now, horizon);
  let shiftIndex = lastStretchIndex(work, longRestMs);
  const firstPiece = work[0];
  if (shiftIndex === 0 && firstPiece !== undefined && firstPiece.start - horizon < longRestMs) {
    work = workedSince(person, now, -Infinity);
    shiftIndex = lastStretchIndex(work, longRestMs);
  }

  const last = work.at(-1);
  const offForMs = last === undefined ? Infinity : now - last.end;
  const lastEnd = last?.end ?? now;
  const atWork = offForMs <= 0;
  const shiftStartedAt = offForMs < longRestMs ? (work[shiftIndex]?.start ?? null) : null;
  const stretchStart = work[lastStretchIndex(work, t.minBreakMinutes * MINUTE)]?.start ?? now;
  const inStretch = offForMs < t.minBreakMinutes * MINUTE;
  const nights = nightsFrom(Math.min(shiftStartedAt ?? now, stretchStart, windowStart));
  const limits = limitClock(t, nights);
  const duty = shiftStartedAt === null ? limits.none : limits.span(shiftStartedAt, lastEnd);
  const continuous = inStretch ? limits.span(stretchStart, lastEnd) : limits.none;
  const breakDueAt = atWork ? limits.reaches(stretchStart, t.breakDueAfterMinutes) : null;
  const dutyLimitAt = shiftStartedAt === null ? null : limits.reaches(shiftStartedAt, t.dutyLimitMinutes);

  const inWindow = clipIntervals(work, windowStart, now);
  const workMs = totalDuration(inWindow);
  const nightMs = totalDuration(intersectIntervals(inWindow, nights));
  const weightedMs = workMs + (t.nightWeight - 1) * nightMs;
  const restMs = now - windowStart - workMs;
  const balanceBroken = weightedMs > t.workRestRatio * restMs;

  const found: Array<{ level: FatigueLevel; reason: FatigueReason }> = [];
  const dutyMinutes = Math.floor(duty.ms / MINUTE);
  const past = (limitMinutes: number) => duty.weightedMs >= limitMinutes * MINUTE;
  if (shiftStartedAt !== null && past(t.dutyHardMaxMinutes)) {
    const reachedAt = limits.reaches(shiftStartedAt, t.dutyHardMaxMinutes);
    const reason = { kind: 'duty-hard-max', dutyMinutes, reachedAt, ...duty.night } as const;
    found.push({ level: 'exhausted', reason });
  } else if (dutyLimitAt !== null && past(t.dutyLimitMinutes)) {
    const reason = { kind: 'duty-limit', dutyMinutes, reachedAt: dutyLimitAt, ...duty.night } as const;
    found.push({ level: 'exhausted', reason });
  }
  if (continuous.weightedMs >= t.breakDueAfterMinutes * MINUTE) {
    const exhausted = continuous.weightedMs >= t.exhaustedAfterContinuousMinutes * MINUTE;
    const reason = {
      kind: 'continuous-work',
      minutes: Math.floor(continuous.ms / MINUTE),
      breakDueAt: limits.reaches(stretchStart, t.breakDueAfterMinutes),
      ...continuous.night,
    } as const;
    found.push({ level: exhausted ? 'exhausted' : 'tired', reason });
  }
  const workMinutes = Math.floor(weightedMs / MINUTE);
  const restMinutes = Math.floor(restMs / MINUTE);
  if (balanceBroken) {
    found.push({ level: 'tired', reason: { kind: 'work-rest-balance', workMinutes, restMinutes } });
  }
  if (dutyLimitAt !== null && past(t.dutyWarningMinutes) && !past(t.dutyLimitMinutes)) {
    const reason = { kind: 'duty-warning', dutyMinutes, reachesLimitAt: dutyLimitAt, ...duty.night } as const;
    found.push({ level: 'tired', reason });
  }
  const nightMinutes = Math.floor(nightMs / MINUTE);
  if (nightMinutes > 0) found.push({ level: 'ok', reason: { kind: 'night-work', nightMinutes } });

  // Array.prototype.sort is stable: among equals, the order pushed above (most pressing first) holds.
  found.sort((a, b) => levelRank[b.level] - levelRank[a.level]);
  const worst = found[0]?.level;
  const baseLevel = weightedMs >= t.freshBelowWorkMinutes * MINUTE ? 'ok' : 'fresh';
  const level = worst !== undefined && levelRank[worst] > levelRank[baseLevel] ? worst : baseLevel;
  const restDueCandidates = [breakDueAt, dutyLimitAt, balanceBroken ? now : null];
  const due = restDueCandidates.filter((time): time is number => time !== null);

  return {
    personId: person.personId,
    level,
    reasons: found.map((f) => f.reason),
    atWork,
    restDueAt: atWork && due.length > 0 ? Math.min(...due) : null,
    breakDueAt,
    dutyLimitAt,
    shiftStartedAt,
    dutyMinutes,
    weightedDutyMinutes: Math.floor(duty.weightedMs / MINUTE),
    continuousMinutes: Math.floor(continuous.ms / MINUTE),
    workMinutes24h: Math.floor(workMs / MINUTE),
    nightMinutes24h: nightMinutes,
    weightedWorkMinutes24h: workMinutes,
    restMinutes24h: restMinutes,
  };
}

/** How tired one responder is at `now`, and why. */
export function assessFatigue(
  person: FatiguePerson,
  now: number,
  thresholds: FatigueThresholds,
): FatigueAssessment {
  return assessWithNights(person, now, thresholds, nightsOfZone(person.timeZone, now, thresholds));
}

/** Assesses a whole roster at once, working out each time zone's nights only once; keyed by personId. */
export function assessTeamFatigue(
  people: readonly FatiguePerson[],
  now: number,
  thresholds: FatigueThresholds,
): Map<string, FatigueAssessment> {
  const nightsByZone = new Map<string, NightsFrom>();
  const assessments = new Map<string, FatigueAssessment>();
  for (const person of people) {
    let nights = nightsByZone.get(person.timeZone);
    if (nights === undefined) {
      nights = nightsOfZone(person.timeZone, now, thresholds);
      nightsByZone.set(person.timeZone, nights);
    }
    assessments.set(person.personId, assessWithNights(person, now, thresholds, nights));
  }
  return assessments;
}

/** Splits whole minutes into hours and minutes, for phrases like "5 h 10". */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.floor(totalMinutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}
