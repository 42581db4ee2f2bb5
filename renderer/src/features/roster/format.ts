import type { TFunction } from 'i18next';
import { deskLocale, formatDuration } from '../../app/format';
import type { FatigueAssessment, FatigueReason } from '../../domain/fatigue/types';
import { formatTime } from '../../domain/time/format';

export { formatDuration };

/** "02:30" in the viewer's local time and own date order, with the date when it is not today. */
export function formatClockTime(ts: number, now: number, locale: string): string {
  return formatTime(ts, { locale: deskLocale(locale), date: { unlessSameDayAs: now } });
}

/** One fatigue reason in plain words. */
export function describeFatigueReason(
  t: TFunction,
  reason: FatigueReason | undefined,
  now: number,
  locale: string,
): string {
  if (reason === undefined) return t('terms.fatigueReasons.none');
  // A limit the night brought closer says so: the IC sees why one responder is ahead of another.
  const night =
    'nightMinutes' in reason && reason.nightMinutes !== undefined
      ? t('terms.fatigueReasons.atNight', { duration: formatDuration(t, reason.nightMinutes) })
      : '';
  switch (reason.kind) {
    case 'duty-hard-max':
    case 'duty-limit':
      return t(`terms.fatigueReasons.${reason.kind}`, { duty: formatDuration(t, reason.dutyMinutes), night });
    case 'continuous-work':
      return t('terms.fatigueReasons.continuous-work', {
        duration: formatDuration(t, reason.minutes),
        night,
      });
    case 'work-rest-balance':
      return t('terms.fatigueReasons.work-rest-balance', {
        work: formatDuration(t, reason.workMinutes),
        rest: formatDuration(t, reason.restMinutes),
      });
    case 'duty-warning':
      return t('terms.fatigueReasons.duty-warning', {
        duty: formatDuration(t, reason.dutyMinutes),
        time: formatClockTime(reason.reachesLimitAt, now, locale),
        night,
      });
    case 'night-work':
      return t('terms.fatigueReasons.night-work', { duration: formatDuration(t, reason.nightMinutes) });
  }
}

/** The whole verdict, for a tooltip or a screen reader: level, main reason, when rest is due. */
export function describeFatigue(
  t: TFunction,
  fatigue: FatigueAssessment,
  now: number,
  locale: string,
): string {
  const level = t(`terms.fatigue.${fatigue.level}`);
  const reason = describeFatigueReason(t, fatigue.reasons[0], now, locale);
  const dueKey = fatigue.restDueAt !== null && fatigue.restDueAt <= now ? 'restOverdueSince' : 'restDueAt';
  const due =
    fatigue.restDueAt === null
      ? ''
      : ` (${t(`roster.${dueKey}`, { time: formatClockTime(fatigue.restDueAt, now, locale) })})`;
  return `${t('roster.fatigueReason', { level, reason })}${due}`;
}
