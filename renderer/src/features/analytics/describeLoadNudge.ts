import type { TFunction } from 'i18next';
import type { LoadNudge } from '../../domain/analytics';

/** The concentration nudge in the IC's words: who carries how much of the open work. */
export function describeLoadNudge(t: TFunction, nudge: LoadNudge): string {
  return t('analytics.nudge', {
    name: nudge.personName,
    percent: Math.round(nudge.facts.share * 100),
    count: nudge.facts.openTasks,
    total: nudge.facts.totalOpen,
  });
}
