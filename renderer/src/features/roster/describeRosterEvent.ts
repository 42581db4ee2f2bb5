import type { TFunction } from 'i18next';
import type { RosterEvent } from '../../domain/roster/events';

/** The log line for a check-in list change, in the IC's language. */
export function describeRosterEvent(t: TFunction, event: RosterEvent): string {
  const role = (r: string) => t(`terms.roles.${r}`);
  switch (event.type) {
    case 'responder.checked-in': {
      const p = event.payload;
      const values = {
        name: p.personName,
        roles: p.roles.map((r) => role(r.role)).join(', '),
        location: p.locationDetail === '' ? t(`terms.locations.${p.location}`) : p.locationDetail,
        reason: p.backdatedReason ?? '',
      };
      return p.backdatedReason === null ? t('events.checkedIn', values) : t('events.checkedInLate', values);
    }
    case 'responder.checked-out': {
      const reason = t(`terms.checkOutReasons.${event.payload.reason}`);
      const note = event.payload.note === '' ? '' : ` (${event.payload.note})`;
      return t('events.checkedOut', { name: event.payload.personName, reason: `${reason}${note}` });
    }
    case 'role.assumed':
      return t('events.roleAssumed', { name: event.payload.personName, role: role(event.payload.role) });
    case 'role.renounced':
      return t('events.roleRenounced', { name: event.payload.personName, role: role(event.payload.role) });
    case 'command.handed-over':
      return t('events.commanderChanged', {
        from: event.payload.from.personName,
        to: event.payload.to.personName,
      });
    case 'rest.started':
      return t('events.restStarted', { name: event.payload.personName });
    case 'rest.ended':
      return t('events.restEnded', { name: event.payload.personName });
    case 'responder.assignment-changed':
      return t('events.assignmentChanged', {
        name: event.payload.personName,
        assignment: event.payload.assignment,
      });
    case 'person.details-changed': {
      const changes = event.payload.changes.map((c) =>
        t('roster.detailChange', {
          field: t(`roster.${c.field}`),
          from: c.from === '' ? t('roster.noValue') : c.from,
          to: c.to === '' ? t('roster.noValue') : c.to,
        }),
      );
      return t('roster.detailsChanged', { name: event.payload.personName, changes: changes.join('; ') });
    }
    case 'person.added':
    case 'person.updated':
      return event.payload.person.name;
  }
}
