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
    case 'drill-inject':
      // As the real message would: a question for the communications lead opens the composer, and so on.
      if (nudge.answer === 'update-sent') return { kind: 'compose' };
      if (nudge.answer === 'command-handed-over') return { kind: 'hand-over' };
      if (nudge.answer === 'task-assigned') return { kind: 'assign', taskId: null };
      return { kind: 'whole-cockpit' };
    default:
      return { kind: 'assign', taskId: nudge.facts.taskIds[0] ?? null };
  }
}
