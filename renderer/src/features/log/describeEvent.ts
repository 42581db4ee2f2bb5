import type { TFunction } from 'i18next';
import { deskLocale } from '../../app/format';
import { decodeEntities } from '../../domain/broadcasts/mrkdwn';
import type { IncidentEvent } from '../../domain/log/events';
import { formatTime } from '../../domain/time/format';
import { describeBroadcastEvent } from '../broadcasts/describeBroadcastEvent';
import { describeDrillEvent } from '../drills/describeDrillEvent';
import { describePostmortemEvent } from '../postmortem/describePostmortemEvent';
import { describeConflict } from '../room/describeConflict';
import { describeRosterEvent } from '../roster/describeRosterEvent';
import { describeTaskEvent } from '../tasks/describeTaskEvent';

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
    case 'task.created':
    case 'task.assigned':
    case 'task.status-changed':
    case 'task.acknowledged':
    case 'task.check-back-set':
    case 'task.edited':
    case 'runbook.saved':
    case 'runbook.deleted':
    case 'runbook.applied':
      return describeTaskEvent(t, event);
    case 'person.added':
    case 'person.updated':
    case 'person.details-changed':
    case 'responder.checked-in':
    case 'responder.checked-out':
    case 'role.assumed':
    case 'role.renounced':
    case 'command.handed-over':
    case 'rest.started':
    case 'rest.ended':
    case 'responder.assignment-changed':
      return describeRosterEvent(t, event);
    case 'settings.changed':
      return '';
    case 'slack.message-imported':
      // Slack's mrkdwn as plain text: the three entities decoded, shown as text, never as markup.
      return decodeEntities(event.payload.text);
    case 'slack.message-edited':
    case 'slack.message-deleted':
      return '';
    case 'broadcast.queued':
    case 'broadcast.sent':
    case 'broadcast.failed':
    case 'broadcast.duplicate-removed':
    case 'broadcast.retried':
    case 'broadcast.discarded':
    case 'broadcast.plan-changed':
    case 'broadcast.cadence-changed':
    case 'slack.channel-created':
    case 'slack.responders-invited':
    case 'slack.topic-set':
    case 'slack.channel-archived':
      return describeBroadcastEvent(t, event);
    case 'log.entry-tagged':
    case 'postmortem.drafted':
    case 'postmortem.section-edited':
    case 'postmortem.section-regenerated':
    case 'postmortem.status-changed':
      return describePostmortemEvent(t, event);
    case 'drill.started':
    case 'drill.acted':
    case 'drill.inject-shown':
      return describeDrillEvent(t, event);
    case 'room.conflict-recorded':
      return describeConflict(t, event);
    default: {
      // A feature that forgot its log line still shows something rather than a blank row.
      const unlisted: { type?: unknown } = event;
      return String(unlisted.type);
    }
  }
}

/** Who a line is by: the entry's author, else whoever recorded the change. */
export function authorOf(event: IncidentEvent): string {
  if (event.type === 'log.entry-added') return event.payload.author;
  return event.type === 'slack.message-imported' ? event.payload.authorName : event.actor;
}

/**
 * Local time of a line in the reader's own date order, with the date whenever the incident spans days and
 * the zone whenever the people on it are in other zones than this desk.
 */
export function formatEntryTime(ts: number, showDate: boolean, locale: string, showZone = false): string {
  return formatTime(ts, {
    locale: deskLocale(locale),
    seconds: true,
    ...(showDate ? { date: 'always', numericDate: true } : {}),
    zone: showZone,
  });
}
