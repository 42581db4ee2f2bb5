/**
 * Events of a drill, kept in the drill incident's own log so a drill replays, exports and becomes its
 * postmortem like any incident. The scenario is copied into the log when the drill starts: the file it came
 * from may change or be gone by the retrospective. No state table: the drill is read back from these events
 * by the [incidentId+type] index (`drillRunOf`), as the postmortem draft is.
 */
import type { EventOf } from '../log/event-of';
import type { DrillAction } from './clock';
import type { ScenarioFileShape } from './schema';
import type { InjectMessage } from './types';

export const drillActionKinds = [
  'paused',
  'resumed',
  'ended',
  'skipped',
  'injected-early',
  'ticked',
] as const satisfies readonly DrillAction['kind'][];
export type DrillActionKind = (typeof drillActionKinds)[number];

/** Recorded right after the drill incident's `incident.declared`; its `ts` is the drill's start. */
export type DrillStarted = EventOf<'drill.started', { scenario: ScenarioFileShape }>;
/**
 * The game master's hand on the drill, at its `ts`: pause, resume, end (the business side agrees it is
 * resolved, or time ran out), and skip / inject early / tick, which name the inject by `injectId`.
 */
export type DrillActed = EventOf<'drill.acted', { action: DrillActionKind; injectId: string | null }>;
/**
 * An inject as the players met it, dated when it came (`ts`): what the business side, a stakeholder or
 * monitoring said. `contingency` when it is the inject's contingency, sent because the response had not come.
 */
export type DrillInjectShown = EventOf<
  'drill.inject-shown',
  InjectMessage & { injectId: string; contingency: boolean }
>;
/** What the team says after the drill, and a note per inject (expected against what happened). */
export type DrillRetrospectiveSaved = EventOf<
  'drill.retrospective-saved',
  {
    wentWell: string;
    lucky: string;
    improve: string;
    injects: { injectId: string; note: string }[];
  }
>;

export type DrillEvent = DrillStarted | DrillActed | DrillInjectShown | DrillRetrospectiveSaved;
export type DrillEventType = DrillEvent['type'];

export const drillEventTypes = [
  'drill.started',
  'drill.acted',
  'drill.inject-shown',
  'drill.retrospective-saved',
] as const satisfies readonly DrillEventType[];
