/**
 * The one way War Room writes a date or a time for the IC: in the reader's own conventions (en-GB reads
 * the day first, ja reads ja), with the time zone named whenever the reader could take it for another.
 * Pure: the language, the preferred locales and the zone are passed in.
 */
import { zoneOffsetAt } from '../fatigue/localTime';

/**
 * The locale dates are written in. The words follow the app's language; the order of day and month, the
 * clock and the digits follow the user's own locale when it is in that language (en-GB, en-AU), so an
 * English desk in London reads 02/12/2026, not 12/2/2026.
 */
export function dateLocale(language: string, preferred: readonly string[]): string {
  const base = language.split('-')[0] ?? language;
  const own = preferred.find((tag) => tag.toLowerCase().split('-')[0] === base.toLowerCase());
  if (own !== undefined && Intl.DateTimeFormat.supportedLocalesOf(own).length > 0) return own;
  return base === 'en' ? 'en-US' : base;
}

export type ClockOptions = {
  locale: string;
  /** The zone to read the time in; the machine's when absent. */
  timeZone?: string;
  /** With seconds (the log), or to the minute. */
  seconds?: boolean;
  /** With the date: always, or only when `ts` falls on another day than `now`. */
  date?: 'always' | { unlessSameDayAs: number };
  /** The date in digits with the year (the log, read back in a postmortem), not "2 Dec". */
  numericDate?: boolean;
  /** Name the zone after the time (e.g. "14:30 GMT+1"): when readers may be in different zones. */
  zone?: boolean;
};

// Building an Intl.DateTimeFormat costs far more than formatting with one; a log shows hundreds of times.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

function dayOf(ts: number, locale: string, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', timeZone };
  return formatOf(`day|${locale}|${timeZone ?? ''}`, locale, options).format(ts);
}

/** A time of day on a 24-hour clock, dated and zoned as asked; see `ClockOptions`. */
export function formatTime(ts: number, options: ClockOptions): string {
  const { locale, timeZone, seconds = false, date, numericDate = false, zone = false } = options;
  const dated =
    date === 'always' ||
    (date !== undefined && dayOf(ts, locale, timeZone) !== dayOf(date.unlessSameDayAs, locale, timeZone));
  const intl: Intl.DateTimeFormatOptions = {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(seconds ? { second: '2-digit' } : {}),
    ...(dated && numericDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    ...(dated && !numericDate ? { month: 'short', day: 'numeric' } : {}),
    ...(zone ? { timeZoneName: 'short' } : {}),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
  const key = `time|${locale}|${timeZone ?? ''}|${seconds}|${dated}|${numericDate}|${zone}`;
  return formatOf(key, locale, intl).format(ts);
}

/** A calendar date alone (a follow-up's due date, an incident in the list). */
export function formatDate(ts: number, locale: string, timeZone?: string): string {
  const intl: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(timeZone === undefined ? {} : { timeZone }),
  };
  return formatOf(`date|${locale}|${timeZone ?? ''}`, locale, intl).format(ts);
}

/** A span cut into whole hours, minutes and seconds (rounded up, so a countdown shows 0 only when due). */
export function splitDuration(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/**
 * Whether anyone on the incident reads the clock differently from this desk right now (compared by offset,
 * so London and Lisbon agree): then the log names the zone, or "14:30" would mean two times.
 */
export function zonesDiffer(deskZone: string, theirZones: Iterable<string>, now: number): boolean {
  const desk = zoneOffsetAt(deskZone, now);
  for (const zone of theirZones) if (zoneOffsetAt(zone, now) !== desk) return true;
  return false;
}
