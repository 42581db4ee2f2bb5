/**
 * One drill of the timing tests' scenario played to its end, as its log holds it: the ops lead assigns
 * the cache task in time, the communications lead sends the update only after its contingency came,
 * Dana is never checked in, the game master skips the press inject and ends the drill at 11:00.
 */
import { newEvent } from '../../../../../renderer/src/db/append';
import { scenarioLogCopy } from '../../../../../renderer/src/domain/drills/file';
import type { DrillEvent } from '../../../../../renderer/src/domain/drills/events';
import type { IncidentEvent } from '../../../../../renderer/src/domain/log/events';
import { after, players, scenario, startedAt } from './play';

const gm = (now: number) => ({ now, actor: 'Game master' });
const incidentId = 'drill-1';

export const drillStarted = newEvent(
  'drill.started',
  incidentId,
  { scenario: scenarioLogCopy(scenario) },
  gm(startedAt),
);
export const endedAt = after(11);

export const played: IncidentEvent[] = [
  drillStarted,
  newEvent('drill.acted', incidentId, { action: 'skipped', injectId: 'press' }, gm(after(1))),
  players.assigned(after(2), 'Flush the CDN cache'),
  players.updateSent(after(9)),
  newEvent('drill.acted', incidentId, { action: 'ended', injectId: null }, gm(endedAt)),
];

export const retro = (now: number, wentWell: string, notes: Record<string, string> = {}): DrillEvent =>
  newEvent(
    'drill.retrospective-saved',
    incidentId,
    {
      wentWell,
      lucky: 'Dana was on holiday, not on call',
      improve: 'Send the first update\nbefore anyone asks',
      injects: Object.entries(notes).map(([injectId, note]) => ({ injectId, note })),
    },
    { now, actor: 'Alex' },
  );
