/**
 * Clock readings for stakeholders. The time zone is always explicit: a pure function must not depend on the
 * machine it runs on, and the IC chooses which zone the stakeholders read.
 */

const clockFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  const cached = clockFormats.get(key);
  if (cached) return cached;
  const made = make();
  clockFormats.set(key, made);
  return made;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** `HH:MM` on a 24-hour clock in the given zone, e.g. `14:30`. */
export function formatClock(ts: number, timeZone: string): string {
  const format = formatFor(`clock|${timeZone}`, () =>
    // en-US only fixes the digits and the parts; the reading itself is language-neutral.
    Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  const parts = format.formatToParts(ts);
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** The calendar day `YYYY-MM-DD` in the given zone, e.g. for channel names and updates due on another day. */
export function formatCalendarDate(ts: number, timeZone: string): string {
  const format = formatFor(`date|${timeZone}`, () =>
    Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  );
  const parts = format.formatToParts(ts);
  return `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')}`;
}

/** The zone's short name at that instant (so summer time shows), e.g. `UTC`, `GMT+1`, `EST`. */
export function formatZoneName(ts: number, timeZone: string, locale: string): string {
  const format = formatFor(`zone|${timeZone}|${locale}`, () =>
    Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
  );
  return part(format.formatToParts(ts), 'timeZoneName') || timeZone;
}

/** `HH:MM`, with `YYYY-MM-DD ` in front when `ts` falls on another calendar day than `now` in that zone. */
export function formatClockOnDay(ts: number, now: number, timeZone: string): string {
  const clock = formatClock(ts, timeZone);
  const day = formatCalendarDate(ts, timeZone);
  return day === formatCalendarDate(now, timeZone) ? clock : `${day} ${clock}`;
}

/**
 * When the next update comes, as stakeholders read it: `14:30 (UTC)`, dated when it falls on another day than
 * `now` (an update due at 00:20 written at 23:50 would otherwise read like the past).
 */
export function formatDueTime(dueAt: number, now: number, timeZone: string, locale: string): string {
  return `${formatClockOnDay(dueAt, now, timeZone)} (${formatZoneName(dueAt, timeZone, locale)})`;
}
