import type { TFunction } from 'i18next';
import type { DrillActed, DrillInjectShown, DrillStarted } from '../../domain/drills/events';

/**
 * A drill's lines in the players' log: the start, and each inject in its own words, by who says it (the
 * event's actor: its `from`, or the business side). The game master's hand stays out of their log.
 */
export function describeDrillEvent(
  t: TFunction,
  event: DrillStarted | DrillActed | DrillInjectShown,
): string {
  switch (event.type) {
    case 'drill.started':
      return t('drills.run.startedLine', {
        title: event.payload.scenario.title,
        minutes: event.payload.scenario.timeLimitMinutes,
      });
    case 'drill.inject-shown':
      return event.payload.text;
    case 'drill.acted':
      return '';
  }
}
