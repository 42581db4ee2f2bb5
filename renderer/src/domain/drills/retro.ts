/**
 * The drill's retrospective: what the team says once the drill is over (what went well, what was lucky,
 * what to improve) beside each inject's expected response against what happened, with a note each. Read
 * the same by the form and by the postmortem draft, so both tell the same story.
 */
import { limits } from '../incident/types';
import type { IncidentEvent } from '../log/events';
import { drillOutcome, type InjectOutcome } from './outcome';
import type { DrillRead } from './run';
import { drillState } from './timing';
import type { Scenario } from './types';

/** A backup keeps each answer and note to an incident summary's length; the form holds them to the same. */
export const retroTextMaxLength = limits.summaryMaxLength;

export type RetroAnswers = {
  wentWell: string;
  lucky: string;
  improve: string;
  /** A note per inject id; an inject without one has an empty note. */
  notes: Record<string, string>;
};

export type RetroLine = InjectOutcome & { note: string };

export type Retrospective = {
  scenario: Scenario;
  /** When the drill ended (the game master, or the time limit), or null while it still runs. */
  endedAt: number | null;
  timeUp: boolean;
  lines: RetroLine[];
  /** The last one saved, with who saved it and when; null before anyone has. */
  saved: (RetroAnswers & { at: number; actor: string }) | null;
};

/** The drill's retrospective as it stands at `now`, or null when the incident is not a playable drill. */
export function retrospectiveOf(
  read: DrillRead,
  events: readonly IncidentEvent[],
  now: number,
): Retrospective | null {
  if (read.kind !== 'drill') return null;
  const state = drillState(read.run, events, now);
  const saved = read.retrospective;
  const notes: Record<string, string> = {};
  for (const { injectId, note } of saved?.payload.injects ?? []) notes[injectId] = note;
  return {
    scenario: read.run.scenario,
    endedAt: state.ended ? (state.clock.endedAt ?? now) : null,
    timeUp: state.timeUp,
    lines: drillOutcome(state).injects.map((outcome) => ({
      ...outcome,
      note: notes[outcome.injectId] ?? '',
    })),
    saved:
      saved === null
        ? null
        : {
            wentWell: saved.payload.wentWell,
            lucky: saved.payload.lucky,
            improve: saved.payload.improve,
            notes,
            at: saved.recordedAt,
            actor: saved.actor,
          },
  };
}

export type RetroProblem = { field: 'wentWell' | 'lucky' | 'improve' | 'note'; injectId: string | null };

/**
 * The `drill.retrospective-saved` payload for these answers: a note for each of the scenario's injects
 * (in its order, none for an inject it does not have), or the first answer too long to keep.
 */
export function retroPayload(
  answers: RetroAnswers,
  scenario: Scenario,
):
  | {
      ok: true;
      payload: {
        wentWell: string;
        lucky: string;
        improve: string;
        injects: { injectId: string; note: string }[];
      };
    }
  | { ok: false; problem: RetroProblem } {
  for (const field of ['wentWell', 'lucky', 'improve'] as const) {
    if (answers[field].length > retroTextMaxLength) return { ok: false, problem: { field, injectId: null } };
  }
  const injects = scenario.injects.map((inject) => ({
    injectId: inject.id,
    note: answers.notes[inject.id] ?? '',
  }));
  const long = injects.find((i) => i.note.length > retroTextMaxLength);
  if (long !== undefined) return { ok: false, problem: { field: 'note', injectId: long.injectId } };
  const { wentWell, lucky, improve } = answers;
  return { ok: true, payload: { wentWell, lucky, improve, injects } };
}
