import { zoneOffsetAt } from '../../domain/fatigue/localTime';

/** The zone this desk's clock shows: what the IC reads the roster's times in. */
export function deskTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// One formatter per zone and language: a roster shows the same few zones every second.
const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * "23:40" on the responder's own wall clock, or null when it reads the same as the desk's (same
 * offset right now), so the card only speaks of local time when it tells the IC something.
 */
export function responderLocalTime(timeZone: string, now: number, locale: string): string | null {
  if (zoneOffsetAt(timeZone, now) === zoneOffsetAt(deskTimeZone(), now)) return null;
  const key = `${locale}|${timeZone}`;
  let clock = clocks.get(key);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone });
    clocks.set(key, clock);
  }
  return clock.format(now);
}
