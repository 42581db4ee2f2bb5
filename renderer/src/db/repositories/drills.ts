/**
 * A drill's writes and its one read. Its events live in the drill incident's own log and are read back by
 * the [incidentId+type] index (domain/drills/run.ts), as the postmortem draft is: no table of its own.
 */
import type { DrillActionKind, DrillEvent } from '../../domain/drills/events';
import { scenarioLogCopy } from '../../domain/drills/file';
import { injectsDue } from '../../domain/drills/runner';
import { drillRunOf, type DrillRead } from '../../domain/drills/run';
import type { Scenario } from '../../domain/drills/types';
import { DomainError } from '../../domain/errors';
import { limits } from '../../domain/incident/types';
import type { IncidentEvent } from '../../domain/log/events';
import { drillEventTypes } from '../../domain/drills/events';
import { drillState } from '../../domain/drills/timing';
import { appendEvents, appendTables, newEvent, type RecordContext } from '../append';
import type { WarRoomDatabase } from '../schema';
import { declareIncident } from './incidents';

/** The log events an expected response can be detected from (domain/drills/responses.ts). */
export const responseEventTypes = [
  'task.assigned',
  'broadcast.queued',
  'broadcast.sent',
  'incident.status-changed',
  'incident.severity-changed',
  'rest.started',
  'command.handed-over',
  'responder.checked-in',
] as const satisfies readonly IncidentEvent['type'][];

/** The drill as its log holds it, and the players' events its responses are read from. */
export type DrillLog = { read: DrillRead; events: IncidentEvent[] };

async function ofTypes(db: WarRoomDatabase, incidentId: string, types: readonly IncidentEvent['type'][]) {
  return db.events
    .where('[incidentId+type]')
    .anyOf(types.map((type) => [incidentId, type]))
    .toArray();
}

function isDrillEvent(event: IncidentEvent): event is DrillEvent {
  return drillEventTypes.some((type) => type === event.type);
}

/** Reads the incident's drill; `{ kind: 'none' }` with no events when it was not started from a scenario. */
export async function readDrill(db: WarRoomDatabase, incidentId: string): Promise<DrillLog> {
  const drill = (await ofTypes(db, incidentId, drillEventTypes)).filter(isDrillEvent);
  const read = drillRunOf(drill);
  if (read.kind !== 'drill') return { read, events: [] };
  return { read, events: await ofTypes(db, incidentId, responseEventTypes) };
}

/**
 * Declares the drill incident and records its scenario in one write, so there is never a drill incident
 * without the script it plays. Returns the incident's id.
 */
export async function startDrill(
  db: WarRoomDatabase,
  input: { scenario: Scenario; commanderName: string },
  context: RecordContext,
): Promise<string> {
  const { scenario } = input;
  const declaration = {
    title: scenario.title.slice(0, limits.titleMaxLength),
    severity: scenario.severity,
    commanderName: input.commanderName,
    summary: scenario.briefing.slice(0, limits.summaryMaxLength),
    isDrill: true,
  };
  return declareIncident(db, declaration, context, (incidentId) => [
    newEvent('drill.started', incidentId, { scenario: scenarioLogCopy(scenario) }, context),
  ]);
}

/**
 * Appends every inject that has come due by `now` and is not in the log yet. Read and write are one
 * transaction, so two tabs or two ticks racing each other cannot both write the same inject.
 * `speaker` names who says an inject in the log (its `from`, or the business side when it has none).
 */
export async function recordDueInjects(
  db: WarRoomDatabase,
  incidentId: string,
  context: RecordContext & { speaker: (from: string) => string },
): Promise<number> {
  return db.transaction('rw', appendTables(db), async () => {
    const { read, events } = await readDrill(db, incidentId);
    if (read.kind !== 'drill') return 0;
    const due = injectsDue(drillState(read.run, events, context.now), read.shown);
    if (due.length === 0) return 0;
    return appendEvents(
      db,
      due.map(({ at, ...shown }) =>
        newEvent('drill.inject-shown', incidentId, shown, {
          now: context.now,
          ts: at,
          // The log shows who spoke, as the players would meet it: "Customer support", "Monitoring".
          actor: context.speaker(shown.from),
        }),
      ),
    );
  });
}

const injectActions: readonly DrillActionKind[] = ['skipped', 'injected-early', 'ticked'];

/** The game master's hand on the drill: pause, resume, end, or skip / inject early / tick an inject. */
export async function actOnDrill(
  db: WarRoomDatabase,
  incidentId: string,
  act: { action: DrillActionKind; injectId: string | null },
  context: RecordContext,
): Promise<void> {
  const { read } = await readDrill(db, incidentId);
  if (read.kind !== 'drill') throw new DomainError('unknown-incident');
  // Pause, resume and end name no inject; an id naming none in the script is ignored by the timing.
  const injectId = injectActions.includes(act.action) ? act.injectId : null;
  await appendEvents(db, [newEvent('drill.acted', incidentId, { action: act.action, injectId }, context)]);
}
