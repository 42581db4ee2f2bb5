import type { TFunction } from 'i18next';
import type { IncidentEvent } from '../../domain/log/events';
import { describeRosterEvent } from '../roster/describeRosterEvent';

/** The words a log line shows: the typed text, or a sentence for an automatic entry. */
export function describeEvent(t: TFunction, event: IncidentEvent): string {
  switch (event.type) {
    case 'log.entry-added':
      return event.payload.text;
    case 'incident.declared':
      return t('events.declared', {
        title: event.payload.title,
        severity: event.payload.severity,
        commander: event.payload.commanderName,
      });
    case 'incident.status-changed':
      return t('events.statusChanged', {
        from: t(`status.${event.payload.from}`),
        to: t(`status.${event.payload.to}`),
      });
    case 'incident.severity-changed':
      return t('events.severityChanged', event.payload);
    case 'log.entry-starred':
      return '';
    default:
      return describeRosterEvent(t, event);
  }
}

/** Who a line is by: the entry's author, else whoever recorded the change. */
export function authorOf(event: IncidentEvent): string {
  return event.type === 'log.entry-added' ? event.payload.author : event.actor;
}

const timeOnly: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
};
const withDate: Intl.DateTimeFormatOptions = {
  ...timeOnly,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
};

/** Local time of a line, with the date whenever the incident spans days. */
export function formatEntryTime(ts: number, showDate: boolean, locale: string): string {
  return new Intl.DateTimeFormat(locale, showDate ? withDate : timeOnly).format(ts);
}
