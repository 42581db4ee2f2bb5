/**
 * Where a drill stands at `now`: which injects have been shown (on time or early), which were skipped,
 * which are still to come and when the next is, the countdown, whether each expected response happened
 * (from the log, or ticked by the game master), and which contingency injects came because it had not.
 */
import type { IncidentEvent } from '../log/events';
import {
  actionsUntil,
  countdown,
  drillClock,
  drillTimeAt,
  wallTimeAt,
  type DrillAction,
  type DrillClock,
} from './clock';
import { detectResponse, type ResponseEvidence } from './responses';
import type { Inject, Scenario } from './types';

export type DrillRun = { scenario: Scenario; startedAt: number; actions: readonly DrillAction[] };

export type ResponseState =
  | { happened: false }
  | { happened: true; at: number; how: 'detected'; evidence: ResponseEvidence }
  | { happened: true; at: number; how: 'ticked' };

export type ContingencyState =
  /** `dueMs` is drill time: the inject's window kept from when it was really shown. */
  | { status: 'waiting'; dueMs: number }
  | { status: 'fired'; dueMs: number; firedAt: number }
  /** The response came before the contingency was due. */
  | { status: 'not-needed'; dueMs: number }
  | { status: 'skipped'; dueMs: number };

export type InjectState = {
  inject: Inject;
  /** `shownAt` and `shownAtMs` are wall time and drill time; `early` when the game master brought it forward. */
  shown: { at: number; atMs: number; early: boolean } | null;
  skipped: boolean;
  response: ResponseState;
  contingency: ContingencyState | null;
};

export type NextInject = {
  injectId: string;
  contingency: boolean;
  /** Drill time left until it is due (ms). */
  inMs: number;
  /** When it will be due by the wall clock; null while the drill is paused. */
  at: number | null;
};

export type DrillState = {
  clock: DrillClock;
  remainingMs: number;
  timeUp: boolean;
  ended: boolean;
  injects: InjectState[];
  next: NextInject | null;
};

function firstAction(actions: readonly DrillAction[], kind: DrillAction['kind'], injectId: string) {
  return actions.find((a) => a.kind === kind && 'injectId' in a && a.injectId === injectId) ?? null;
}

function responseOf(
  inject: Inject,
  shownAt: number,
  until: number,
  events: readonly IncidentEvent[],
  actions: readonly DrillAction[],
): ResponseState {
  const evidence = detectResponse(inject.expect, events, shownAt, until);
  const tick = actions.find((a) => a.kind === 'ticked' && a.injectId === inject.id && a.at >= shownAt);
  if (evidence !== null && (tick === undefined || evidence.at <= tick.at)) {
    return { happened: true, at: evidence.at, how: 'detected', evidence };
  }
  return tick === undefined ? { happened: false } : { happened: true, at: tick.at, how: 'ticked' };
}

function stateOf(
  inject: Inject,
  clock: DrillClock,
  events: readonly IncidentEvent[],
  actions: readonly DrillAction[],
  now: number,
): InjectState {
  const skip = firstAction(actions, 'skipped', inject.id);
  const early = firstAction(actions, 'injected-early', inject.id);
  const scheduled = wallTimeAt(clock, inject.atSeconds * 1000);
  let shown: InjectState['shown'] = null;
  if (scheduled !== null && scheduled <= now)
    shown = { at: scheduled, atMs: inject.atSeconds * 1000, early: false };
  if (early !== null && (shown === null || early.at < shown.at)) {
    shown = { at: early.at, atMs: drillTimeAt(clock, early.at), early: true };
  }
  if (skip !== null && (shown === null || skip.at < shown.at)) {
    return { inject, shown: null, skipped: true, response: { happened: false }, contingency: null };
  }
  if (shown === null)
    return { inject, shown, skipped: false, response: { happened: false }, contingency: null };

  const response = responseOf(inject, shown.at, clock.endedAt ?? now, events, actions);
  const c = inject.contingency;
  if (c === null) return { inject, shown, skipped: false, response, contingency: null };
  const dueMs = shown.atMs + (c.atSeconds - inject.atSeconds) * 1000;
  const dueAt = wallTimeAt(clock, dueMs);
  let contingency: ContingencyState;
  if (response.happened && (dueAt === null || response.at < dueAt))
    contingency = { status: 'not-needed', dueMs };
  else if (skip !== null && (dueAt === null || skip.at < dueAt)) contingency = { status: 'skipped', dueMs };
  else if (dueAt !== null && dueAt <= now) contingency = { status: 'fired', dueMs, firedAt: dueAt };
  else contingency = { status: 'waiting', dueMs };
  return { inject, shown, skipped: false, response, contingency };
}

function nextOf(states: readonly InjectState[], clock: DrillClock): NextInject | null {
  let next: NextInject | null = null;
  const consider = (injectId: string, contingency: boolean, dueMs: number) => {
    const inMs = Math.max(0, dueMs - clock.elapsedMs);
    if (next !== null && next.inMs <= inMs) return;
    const at = clock.paused || clock.endedAt !== null ? null : wallTimeAt(clock, dueMs);
    next = { injectId, contingency, inMs, at };
  };
  for (const s of states) {
    if (s.skipped) continue;
    if (s.shown === null) consider(s.inject.id, false, s.inject.atSeconds * 1000);
    else if (s.contingency?.status === 'waiting' && !s.response.happened) {
      consider(s.inject.id, true, s.contingency.dueMs);
    }
  }
  return next;
}

/** The drill at `now`: `events` are the drill incident's log events, in any order. */
export function drillState(run: DrillRun, events: readonly IncidentEvent[], now: number): DrillState {
  let actions = actionsUntil(run.actions, now);
  let clock = drillClock(run.startedAt, actions, now);
  // Time running out ends the drill where the limit fell: nothing comes due after it.
  const limitMs = run.scenario.timeLimitMinutes * 60_000;
  const limitAt = clock.elapsedMs >= limitMs ? wallTimeAt(clock, limitMs) : null;
  if (limitAt !== null && (clock.endedAt === null || limitAt < clock.endedAt)) {
    // The game master's ticks after it still count: they may be made during the retrospective.
    const kept = actions.filter((a) => a.at < limitAt || a.kind === 'ticked');
    actions = [...kept, { kind: 'ended', at: limitAt }];
    clock = drillClock(run.startedAt, actions, now);
  }
  const { remainingMs, timeUp } = countdown(clock, run.scenario.timeLimitMinutes);
  const ordered = [...run.scenario.injects].sort((a, b) => a.atSeconds - b.atSeconds);
  const injects = ordered.map((inject) => stateOf(inject, clock, events, actions, now));
  const ended = clock.endedAt !== null || timeUp;
  return { clock, remainingMs, timeUp, ended, injects, next: ended ? null : nextOf(injects, clock) };
}
