import type { TFunction } from 'i18next';
import { deskLocale } from '../../app/format';
import type { IncidentEvent } from '../../domain/log/events';
import { backdatedReasonOf, recordedLater } from '../../domain/log/recorded-time';
import { formatTime } from '../../domain/time/format';

/**
 * "recorded 19:42: noticed in the dashboard later" under a line written down a minute or more after
 * it happened, dated when recorded on another day; null for a line recorded as it happened.
 */
export function recordedNote(
  t: TFunction,
  event: IncidentEvent,
  language: string,
  showZone: boolean,
): string | null {
  if (!recordedLater(event)) return null;
  const time = formatTime(event.recordedAt, {
    locale: deskLocale(language),
    date: { unlessSameDayAs: event.ts },
    numericDate: true,
    zone: showZone,
  });
  // A late check-in already gives its reason in its own sentence.
  const reason = event.type === 'responder.checked-in' ? null : backdatedReasonOf(event);
  return reason === null ? t('backdate.recorded', { time }) : t('backdate.recordedWhy', { time, reason });
}
