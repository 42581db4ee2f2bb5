import type { TFunction } from 'i18next';
import type { CockpitNudge } from '../../domain/nudges';
import { describeLoadNudge } from '../analytics/describeLoadNudge';
import { describeBroadcastNudge } from '../broadcasts/describeBroadcastNudge';
import { describeDrillNudge } from '../drills/describeDrillNudge';
import { describeFatigueReason, formatClockTime, formatDuration } from '../roster/format';
import { describeTaskNudge } from '../tasks/describeTaskNudge';

/** A nudge in the IC's words: who, what to do, and the number that says why. */
export function describeNudge(t: TFunction, nudge: CockpitNudge, now: number, locale: string): string {
  switch (nudge.kind) {
    case 'send-to-rest':
      return t('nudges.send-to-rest', {
        name: nudge.personName,
        duration: formatDuration(t, nudge.facts.minutesWithoutBreak),
      });
    case 'plan-hand-over':
      return t('nudges.plan-hand-over', {
        name: nudge.personName,
        time: formatClockTime(nudge.facts.reachesLimitAt, now, locale),
      });
    case 'hand-over-now':
      return t('nudges.hand-over-now', {
        name: nudge.personName,
        duration: formatDuration(t, nudge.facts.dutyMinutes),
      });
    case 'commander-fatigue':
      return t('nudges.commander-fatigue', {
        level: t(`terms.fatigue.${nudge.facts.level}`),
        reason: describeFatigueReason(t, nudge.facts.reason, now, locale),
      });
    case 'broadcast-due-soon':
    case 'broadcast-overdue':
    case 'broadcast-status-changed':
      return describeBroadcastNudge(t, nudge, now);
    case 'load-concentration':
      return describeLoadNudge(t, nudge);
    case 'drill-inject':
      return describeDrillNudge(t, nudge);
    default:
      return describeTaskNudge(t, nudge);
  }
}
