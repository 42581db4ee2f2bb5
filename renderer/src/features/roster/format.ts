import type { TFunction } from 'i18next';
import type { FatigueAssessment, FatigueReason } from '../../domain/fatigue/types';

/** "5 h 10" — the IC reads durations at a glance; minutes are always two digits. */
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** "02:30" in the viewer's local time, with the date when it is not today. */
export function formatClockTime(ts: number, now: number, locale: string): string {
  const sameDay = new Date(ts).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit', hour12: false }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false };
  return new Intl.DateTimeFormat(locale, options).format(ts);
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
      ? t('terms.fatigueReasons.atNight', { duration: formatDuration(reason.nightMinutes) })
      : '';
  switch (reason.kind) {
    case 'duty-hard-max':
    case 'duty-limit':
      return t(`terms.fatigueReasons.${reason.kind}`, { duty: formatDuration(reason.dutyMinutes), night });
    case 'continuous-work':
      return t('terms.fatigueReasons.continuous-work', { duration: formatDuration(reason.minutes), night });
    case 'work-rest-balance':
      return t('terms.fatigueReasons.work-rest-balance', {
        work: formatDuration(reason.workMinutes),
        rest: formatDuration(reason.restMinutes),
      });
    case 'duty-warning':
      return t('terms.fatigueReasons.duty-warning', {
        duty: formatDuration(reason.dutyMinutes),
        time: formatClockTime(reason.reachesLimitAt, now, locale),
        night,
      });
    case 'night-work':
      return t('terms.fatigueReasons.night-work', { duration: formatDuration(reason.nightMinutes) });
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
