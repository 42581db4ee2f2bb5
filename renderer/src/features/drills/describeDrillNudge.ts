import type { TFunction } from 'i18next';
import type { DrillInjectNudge } from '../../domain/drills/nudges';

/** A drill inject as a nudge: who says it, to which role, and the words, as a real message would read. */
export function describeDrillNudge(t: TFunction, nudge: DrillInjectNudge): string {
  return t('drills.run.nudge', {
    from: nudge.from === '' ? t('drills.run.businessSide') : nudge.from,
    role: t(`terms.roles.${nudge.target}`),
    text: nudge.text,
  });
}
