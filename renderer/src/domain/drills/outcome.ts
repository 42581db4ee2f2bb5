/**
 * The drill's outcome per inject, for the retrospective: what the scenario expected against what the
 * players did and when, as the evaluators of an exercise note it for the after-action report.
 */
import type { ResponseEvidence } from './responses';
import type { DrillState, InjectState } from './timing';
import type { ExpectedResponse, Inject } from './types';

/**
 * `in-time`: before the contingency was due (or at all, when there is none); `late`: after it fired;
 * `missing`: not by the end; `not-shown`: the drill ended first; `skipped`: the game master left it out.
 */
export const outcomeVerdicts = ['in-time', 'late', 'missing', 'not-shown', 'skipped'] as const;
export type OutcomeVerdict = (typeof outcomeVerdicts)[number];

export type InjectOutcome = {
  injectId: string;
  inject: Inject;
  expected: ExpectedResponse;
  verdict: OutcomeVerdict;
  /** Drill time it was shown at (ms), and whether the game master brought it forward. */
  shownAtMs: number | null;
  early: boolean;
  /** When the response came, by the wall clock and as time since the inject was shown (ms). */
  respondedAt: number | null;
  responseAfterMs: number | null;
  /** What the log shows, or null when the game master ticked it (or nobody did it). */
  evidence: ResponseEvidence | null;
  ticked: boolean;
  contingencyFired: boolean;
};

function verdictOf(state: InjectState): OutcomeVerdict {
  if (state.skipped) return 'skipped';
  if (state.shown === null) return 'not-shown';
  if (!state.response.happened) return 'missing';
  return state.contingency?.status === 'fired' ? 'late' : 'in-time';
}

function outcomeOf(state: InjectState): InjectOutcome {
  const { inject, shown, response } = state;
  const respondedAt = response.happened ? response.at : null;
  return {
    injectId: inject.id,
    inject,
    expected: inject.expect,
    verdict: verdictOf(state),
    shownAtMs: shown?.atMs ?? null,
    early: shown?.early ?? false,
    respondedAt,
    responseAfterMs: respondedAt !== null && shown !== null ? respondedAt - shown.at : null,
    evidence: response.happened && response.how === 'detected' ? response.evidence : null,
    ticked: response.happened && response.how === 'ticked',
    contingencyFired: state.contingency?.status === 'fired',
  };
}

/** One line per inject in the order they were scripted, and how many of each verdict. */
export function drillOutcome(state: DrillState): {
  injects: InjectOutcome[];
  counts: Record<OutcomeVerdict, number>;
} {
  const injects = state.injects.map(outcomeOf);
  const counts = { 'in-time': 0, late: 0, missing: 0, 'not-shown': 0, skipped: 0 } satisfies Record<
    OutcomeVerdict,
    number
  >;
  for (const outcome of injects) counts[outcome.verdict] += 1;
  return { injects, counts };
}
