/**
 * The postmortem's words for the domain builders, from i18n: phrases from `postmortem.say`, times in
 * one zone (named after each time, dated when the incident spans days there), durations as the roster
 * writes them, and each log line as the log describes it.
 */
import type { TFunction } from 'i18next';
import { formatDuration } from '../../app/format';
import type { DocumentWords, PostmortemDraft, PostmortemWords } from '../../domain/postmortem';
import { formatDate, formatTime } from '../../domain/time/format';
import { describeEvent } from '../log/describeEvent';

export type DraftClock = {
  locale: string;
  /** The zone every time is read in; the desk's own when absent. */
  timeZone?: string;
  /** The incident's span, to tell whether times need their date. */
  from: number;
  to: number;
};

export function postmortemWords(t: TFunction, clock: DraftClock): PostmortemWords {
  const { locale, timeZone } = clock;
  const dated = formatDate(clock.from, locale, timeZone) !== formatDate(clock.to, locale, timeZone);
  return {
    say: (phrase, values) => t(`postmortem.say.${phrase}`, values ?? {}),
    heading: (section) => t(`postmortem.headings.${section}`),
    time: (ts) =>
      formatTime(ts, {
        locale,
        ...(timeZone === undefined ? {} : { timeZone }),
        zone: true,
        ...(dated ? { date: 'always', numericDate: true } : {}),
      }),
    date: (ts) => formatDate(ts, locale, timeZone),
    duration: (minutes) => formatDuration(t, minutes),
    describe: (event) => describeEvent(t, event),
    status: (status) => t(`status.${status}`),
    kind: (kind) => t(`kinds.${kind}`),
    role: (role) => t(`terms.roles.${role}`),
    taskStatus: (status) => t(`tasks.statuses.${status}`),
  };
}

/** The document's header lines and headings for `postmortemMarkdown`. */
export function documentWords(t: TFunction, draft: PostmortemDraft, date: string): DocumentWords {
  return {
    heading: (section) => t(`postmortem.headings.${section}`),
    date: t('postmortem.document.date', { date }),
    authors: t('postmortem.document.authors', { names: draft.authors.join(', ') }),
    status: (status) => t('postmortem.document.status', { status: t(`postmortem.statuses.${status}`) }),
  };
}
