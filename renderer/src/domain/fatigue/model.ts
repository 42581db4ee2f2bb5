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

/** Assesses one person given the night hours of their zone over the balance window. */
function assessWithNights(
  person: FatiguePerson,
  now: number,
  t: FatigueThresholds,
  nights: readonly Interval[],
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
  const dutyMs = shiftStartedAt === null ? 0 : lastEnd - shiftStartedAt;
  const stretchStart = work[lastStretchIndex(work, t.minBreakMinutes * MINUTE)]?.start ?? now;
  const continuousMs = offForMs < t.minBreakMinutes * MINUTE ? lastEnd - stretchStart : 0;
  const breakDueAt = atWork ? stretchStart + t.breakDueAfterMinutes * MINUTE : null;
  const dutyLimitAt = shiftStartedAt === null ? null : shiftStartedAt + t.dutyLimitMinutes * MINUTE;

  const inWindow = clipIntervals(work, windowStart, now);
  const workMs = totalDuration(inWindow);
  const nightMs = totalDuration(intersectIntervals(inWindow, nights));
  const weightedMs = workMs + (t.nightWeight - 1) * nightMs;
  const restMs = now - windowStart - workMs;
  const balanceBroken = weightedMs > t.workRestRatio * restMs;

  const found: Array<{ level: FatigueLevel; reason: FatigueReason }> = [];
  const dutyMinutes = Math.floor(dutyMs / MINUTE);
  if (shiftStartedAt !== null && dutyMs >= t.dutyHardMaxMinutes * MINUTE) {
    const reachedAt = shiftStartedAt + t.dutyHardMaxMinutes * MINUTE;
    found.push({ level: 'exhausted', reason: { kind: 'duty-hard-max', dutyMinutes, reachedAt } });
  } else if (dutyLimitAt !== null && dutyMs >= t.dutyLimitMinutes * MINUTE) {
    found.push({ level: 'exhausted', reason: { kind: 'duty-limit', dutyMinutes, reachedAt: dutyLimitAt } });
  }
  if (continuousMs >= t.breakDueAfterMinutes * MINUTE) {
    const level = continuousMs >= t.exhaustedAfterContinuousMinutes * MINUTE ? 'exhausted' : 'tired';
    const reason = {
      kind: 'continuous-work',
      minutes: Math.floor(continuousMs / MINUTE),
      breakDueAt: stretchStart + t.breakDueAfterMinutes * MINUTE,
    } as const;
    found.push({ level, reason });
  }
  const workMinutes = Math.floor(weightedMs / MINUTE);
  const restMinutes = Math.floor(restMs / MINUTE);
  if (balanceBroken) {
    found.push({ level: 'tired', reason: { kind: 'work-rest-balance', workMinutes, restMinutes } });
  }
  if (
    dutyLimitAt !== null &&
    dutyMs >= t.dutyWarningMinutes * MINUTE &&
    dutyMs < t.dutyLimitMinutes * MINUTE
  ) {
    found.push({
      level: 'tired',
      reason: { kind: 'duty-warning', dutyMinutes, reachesLimitAt: dutyLimitAt },
    });
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
    continuousMinutes: Math.floor(continuousMs / MINUTE),
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
  const windowStart = now - thresholds.balanceWindowMinutes * MINUTE;
  const { nightStartHour, nightEndHour } = thresholds;
  const nights = localNights(person.timeZone, windowStart, now, nightStartHour, nightEndHour);
  return assessWithNights(person, now, thresholds, nights);
}

/** Assesses a whole roster at once, working out each time zone's nights only once; keyed by personId. */
export function assessTeamFatigue(
  people: readonly FatiguePerson[],
  now: number,
  thresholds: FatigueThresholds,
): Map<string, FatigueAssessment> {
  const windowStart = now - thresholds.balanceWindowMinutes * MINUTE;
  const nightsByZone = new Map<string, Interval[]>();
  const assessments = new Map<string, FatigueAssessment>();
  for (const person of people) {
    let nights = nightsByZone.get(person.timeZone);
    if (nights === undefined) {
      const { nightStartHour, nightEndHour } = thresholds;
      nights = localNights(person.timeZone, windowStart, now, nightStartHour, nightEndHour);
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
