import type { TFunction } from 'i18next';
import type { BroadcastNudge } from '../../domain/broadcasts/nudges';
import { formatClockOnDay } from '../../domain/broadcasts/time';
import { localTimeZone } from './messageLabels';

/** A broadcast nudge in the IC's words. */
export function describeBroadcastNudge(t: TFunction, nudge: BroadcastNudge, now: number): string {
  switch (nudge.kind) {
    case 'broadcast-due-soon':
    case 'broadcast-overdue':
      return t(`broadcasts.nudges.${nudge.kind}`, {
        time: formatClockOnDay(nudge.facts.dueAt, now, localTimeZone()),
      });
    case 'broadcast-status-changed':
      if (nudge.facts.first) return t('broadcasts.nudges.first');
      return t('broadcasts.nudges.broadcast-status-changed', {
        severity: nudge.facts.severity,
        status: t(`status.${nudge.facts.status}`),
      });
  }
}
