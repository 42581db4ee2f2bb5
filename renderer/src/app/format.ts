/**
 * Dates, times and spans as the IC reads them, from the one formatter in domain/time: the app's language
 * for the words, the user's own locale for the order (see `dateLocale`).
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dateLocale, splitDuration } from '../domain/time/format';

/** The locale to write dates in for the app's `language` on this machine. */
export function deskLocale(language: string): string {
  return dateLocale(language, typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** `deskLocale` for the language on screen now. */
export function useDeskLocale(): string {
  return deskLocale(useTranslation().i18n.language);
}

/** "5 h 10", "36 min" (ja: "5時間10分", "36分"): durations read at a glance; minutes two digits past an hour. */
export function formatDuration(t: TFunction, totalMinutes: number): string {
  const whole = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(whole / 60);
  const minutes = whole % 60;
  return hours === 0
    ? t('time.minutes', { minutes })
    : t('time.hoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') });
}

/** A countdown in words, "14 min 14 s" ("15 min" on the minute), so it cannot be read as the clock time 14:14. */
export function formatCountdown(t: TFunction, ms: number): string {
  const { hours, minutes, seconds } = splitDuration(ms);
  if (hours > 0) return t('time.countdownHours', { hours, minutes, seconds });
  if (minutes > 0 && seconds === 0) return t('time.minutes', { minutes });
  if (minutes > 0) return t('time.countdownMinutes', { minutes, seconds });
  return t('time.countdownSeconds', { seconds });
}
