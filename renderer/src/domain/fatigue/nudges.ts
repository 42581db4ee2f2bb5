import { assessTeamFatigue } from './model';
import type { FatigueThresholds } from './thresholds';
import type { FatigueAssessment, FatigueLevel, FatiguePerson, FatigueReason } from './types';

/** A responder as the roster knows them: who they are, what they hold, whether they are resting now. */
export type ResponderState = FatiguePerson & {
  roles: readonly string[];
  isCommander: boolean;
  resting: boolean;
};

export type NudgeSeverity = 'info' | 'warning' | 'critical';

type NudgeBase = {
  /** Stable across ticks ('rest:alice'), so the UI can keep a dismissal or an animation on it. */
  id: string;
  severity: NudgeSeverity;
  personId: string;
  personName: string;
  /** When the thing the nudge is about is or was due: orders nudges of equal severity. */
  dueAt: number;
};

/** Something the IC should do now; `facts` hold the numbers and times the UI phrases (en, ja). */
export type Nudge =
  | (NudgeBase & {
      kind: 'send-to-rest';
      facts: { minutesWithoutBreak: number; dutyMinutes: number; restDueAt: number; reason: FatigueReason };
    })
  | (NudgeBase & {
      kind: 'plan-hand-over';
      facts: { dutyMinutes: number; reachesLimitAt: number; roles: readonly string[] };
    })
  | (NudgeBase & {
      kind: 'hand-over-now';
      facts: { dutyMinutes: number; limitReachedAt: number; roles: readonly string[] };
    })
  | (NudgeBase & {
      kind: 'commander-fatigue';
      facts: {
        level: FatigueLevel;
        reason: FatigueReason;
        dutyMinutes: number;
        minutesWithoutBreak: number;
        restDueAt: number | null;
      };
    });

const severityRank: Record<NudgeSeverity, number> = { info: 0, warning: 1, critical: 2 };

/** The nudges about one responder who is at work (not resting, not checked out). */
function nudgesFor(person: ResponderState, fatigue: FatigueAssessment, now: number): Nudge[] {
  const who = { personId: person.personId, personName: person.name };
  const main = fatigue.reasons[0];
  if (person.isCommander) {
    if (main === undefined || (fatigue.level !== 'tired' && fatigue.level !== 'exhausted')) return [];
    return [
      {
        ...who,
        id: `command:${person.personId}`,
        kind: 'commander-fatigue',
        severity: fatigue.level === 'exhausted' ? 'critical' : 'warning',
        dueAt: fatigue.restDueAt ?? now,
        facts: {
          level: fatigue.level,
          reason: main,
          dutyMinutes: fatigue.dutyMinutes,
          minutesWithoutBreak: fatigue.continuousMinutes,
          restDueAt: fatigue.restDueAt,
        },
      },
    ];
  }

  const nudges: Nudge[] = [];
  const restReason = fatigue.reasons.find(
    (r) => r.kind === 'continuous-work' || r.kind === 'work-rest-balance',
  );
  if (restReason !== undefined && fatigue.restDueAt !== null) {
    const longOverdue = restReason.kind === 'continuous-work' && fatigue.level === 'exhausted';
    nudges.push({
      ...who,
      id: `rest:${person.personId}`,
      kind: 'send-to-rest',
      severity: longOverdue ? 'critical' : 'warning',
      dueAt: fatigue.restDueAt,
      facts: {
        minutesWithoutBreak: fatigue.continuousMinutes,
        dutyMinutes: fatigue.dutyMinutes,
        restDueAt: fatigue.restDueAt,
        reason: restReason,
      },
    });
  }
  for (const reason of fatigue.reasons) {
    if (reason.kind === 'duty-limit' || reason.kind === 'duty-hard-max') {
      nudges.push({
        ...who,
        id: `hand-over:${person.personId}`,
        kind: 'hand-over-now',
        severity: 'critical',
        dueAt: fatigue.dutyLimitAt ?? reason.reachedAt,
        facts: {
          dutyMinutes: reason.dutyMinutes,
          limitReachedAt: fatigue.dutyLimitAt ?? reason.reachedAt,
          roles: person.roles,
        },
      });
    } else if (reason.kind === 'duty-warning') {
      nudges.push({
        ...who,
        id: `hand-over:${person.personId}`,
        kind: 'plan-hand-over',
        severity: 'warning',
        dueAt: reason.reachesLimitAt,
        facts: {
          dutyMinutes: reason.dutyMinutes,
          reachesLimitAt: reason.reachesLimitAt,
          roles: person.roles,
        },
      });
    }
  }
  return nudges;
}

/**
 * What the IC should do about the responders' fatigue at `now`, most urgent first: send someone to rest,
 * plan or make a hand-over before the duty limit, and hand over command when the IC is worn out.
 */
export function responderNudges(input: {
  people: readonly ResponderState[];
  now: number;
  thresholds: FatigueThresholds;
}): Nudge[] {
  const { people, now, thresholds } = input;
  const fatigue = assessTeamFatigue(people, now, thresholds);
  const nudges: Nudge[] = [];
  for (const person of people) {
    const assessment = fatigue.get(person.personId);
    if (assessment === undefined || person.resting || !assessment.atWork) continue;
    nudges.push(...nudgesFor(person, assessment, now));
  }
  return nudges.sort(
    (a, b) =>
      severityRank[b.severity] - severityRank[a.severity] ||
      a.dueAt - b.dueAt ||
      a.personName.localeCompare(b.personName) ||
      a.id.localeCompare(b.id),
  );
}
