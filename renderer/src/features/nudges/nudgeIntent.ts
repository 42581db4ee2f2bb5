import type { CockpitNudge } from '../../domain/nudges';
import type { CockpitIntent } from '../cockpit/intents';

/** What acting on a nudge opens: the dialog or action that does what the nudge asks. */
export function nudgeIntent(nudge: CockpitNudge): CockpitIntent {
  switch (nudge.kind) {
    case 'send-to-rest':
      return { kind: 'rest', personId: nudge.personId };
    case 'plan-hand-over':
    case 'hand-over-now':
    case 'commander-fatigue':
      return { kind: 'hand-over' };
    case 'broadcast-due-soon':
    case 'broadcast-overdue':
    case 'broadcast-status-changed':
      return { kind: 'compose' };
    case 'check-back-overdue':
      return { kind: 'check-back', taskId: nudge.facts.taskId };
    case 'load-concentration':
      return { kind: 'assign', taskId: null };
    default:
      return { kind: 'assign', taskId: nudge.facts.taskIds[0] ?? null };
  }
}
