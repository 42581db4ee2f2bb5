import type { TFunction } from 'i18next';
import type { PostmortemEvent } from '../../domain/postmortem/events';

/** The postmortem's log lines: drafted, a section edited or regenerated, reviewed. Tags are bookkeeping. */
export function describePostmortemEvent(t: TFunction, event: PostmortemEvent): string {
  switch (event.type) {
    case 'log.entry-tagged':
      return '';
    case 'postmortem.drafted':
      return t('postmortem.events.drafted', { title: event.payload.title });
    case 'postmortem.section-edited':
      return t('postmortem.events.sectionEdited', {
        section: t(`postmortem.headings.${event.payload.section}`),
      });
    case 'postmortem.section-regenerated':
      return t('postmortem.events.sectionRegenerated', {
        section: t(`postmortem.headings.${event.payload.section}`),
      });
    case 'postmortem.status-changed':
      return t('postmortem.events.statusChanged', { status: t(`postmortem.statuses.${event.payload.to}`) });
  }
}
