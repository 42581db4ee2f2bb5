/**
 * A drill read back from its incident's log: the scenario copied in at the start, the start time, and the
 * game master's actions in the clock's terms. Pure: the caller reads the drill events (any order).
 */
import type { DrillAction } from './clock';
import type { DrillEvent, DrillInjectShown, DrillRetrospectiveSaved } from './events';
import { scenarioOf } from './meaning';
import type { ScenarioProblem } from './problems';
import type { DrillRun } from './timing';

export type DrillRead =
  | { kind: 'none' }
  /** The scenario in the log cannot be played by this version (e.g. a backup from a newer one). */
  | { kind: 'unreadable'; problem: ScenarioProblem }
  | {
      kind: 'drill';
      run: DrillRun;
      shown: DrillInjectShown[];
      retrospective: DrillRetrospectiveSaved | null;
    };

function actionOf(event: Extract<DrillEvent, { type: 'drill.acted' }>): DrillAction | null {
  const { action, injectId } = event.payload;
  const at = event.ts;
  switch (action) {
    case 'paused':
    case 'resumed':
    case 'ended':
      return { kind: action, at };
    case 'skipped':
    case 'injected-early':
    case 'ticked':
      return injectId === null ? null : { kind: action, at, injectId };
  }
}

const byTime = (a: { ts: number; id: string }, b: { ts: number; id: string }) =>
  a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The incident's drill, if it is one started from a scenario; the first `drill.started` counts. */
export function drillRunOf(events: readonly DrillEvent[]): DrillRead {
  const sorted = [...events].sort(byTime);
  const started = sorted.find((e) => e.type === 'drill.started');
  if (started === undefined) return { kind: 'none' };
  const scenario = scenarioOf(started.payload.scenario);
  if (!scenario.ok) return { kind: 'unreadable', problem: scenario.problem };
  const actions: DrillAction[] = [];
  const shown: DrillInjectShown[] = [];
  let retrospective: DrillRetrospectiveSaved | null = null;
  for (const event of sorted) {
    if (event.type === 'drill.acted') {
      const action = actionOf(event);
      if (action !== null) actions.push(action);
    } else if (event.type === 'drill.inject-shown') shown.push(event);
    // The last one saved is what the team says now.
    else if (event.type === 'drill.retrospective-saved') retrospective = event;
  }
  return {
    kind: 'drill',
    run: { scenario: scenario.value, startedAt: started.ts, actions },
    shown,
    retrospective,
  };
}
