/**
 * The one zone a timeline is read in (chosen at export; UTC offered), named in its header. When the
 * incident runs over more than one local day in that zone, every line carries its date; when the zone's
 * offset changes during it (a DST change), every line carries the zone's abbreviation too, or the hour
 * repeated in autumn (01:30 EDT, then 01:30 EST) would read as one time.
 */
import { zoneOffsetAt } from '../fatigue/localTime';
import { formatDate, formatTime } from '../time/format';

export type TimelineClock = {
  timeZone: string;
  /** Every line dated: the span crosses midnight in the zone. */
  dated: boolean;
  /** Every line zoned: the zone's offset at the end differs from the start. */
  zoned: boolean;
  /** When a line happened, as its Time column shows it. */
  time: (ts: number) => string;
  /** When it was written down: dated whenever that was another day than `happened`. */
  recorded: (recordedAt: number, happened: number) => string;
  /** A date and time, dated even on a one-day incident: the start and end of an operational period. */
  moment: (ts: number) => string;
};

export type TimelineSpan = { from: number; to: number };

const minute = 60_000;

/** A formatter to the minute, remembered per minute: a long log has many lines in each. */
function byMinute(format: (ts: number) => string): (ts: number) => string {
  const known = new Map<number, string>();
  return (ts) => {
    const key = Math.floor(ts / minute);
    let text = known.get(key);
    if (text === undefined) {
      text = format(ts);
      known.set(key, text);
    }
    return text;
  };
}

/** The clock for lines between `span.from` and `span.to`, read in `timeZone` with `locale`'s conventions. */
export function timelineClock(timeZone: string, locale: string, span: TimelineSpan): TimelineClock {
  const dated = formatDate(span.from, locale, timeZone) !== formatDate(span.to, locale, timeZone);
  const zoned = zoneOffsetAt(timeZone, span.from) !== zoneOffsetAt(timeZone, span.to);
  const base = { locale, timeZone, numericDate: true, zone: zoned } as const;
  return {
    timeZone,
    dated,
    zoned,
    time: byMinute((ts) => formatTime(ts, { ...base, ...(dated ? { date: 'always' } : {}) })),
    recorded: (recordedAt, happened) =>
      formatTime(recordedAt, { ...base, date: { unlessSameDayAs: happened } }),
    moment: (ts) => formatTime(ts, { ...base, date: 'always' }),
  };
}

/** From the first line (or the declaration, if earlier) to the resolution, or to `now` while it runs. */
export function incidentSpan(
  incident: { declaredAt: number; resolvedAt: number | null },
  lines: readonly { ts: number }[],
  now: number,
): TimelineSpan {
  const first = lines[0]?.ts ?? incident.declaredAt;
  const last = lines.at(-1)?.ts ?? incident.declaredAt;
  return {
    from: Math.min(first, incident.declaredAt),
    to: Math.max(last, incident.resolvedAt ?? now),
  };
}
