/** The exports' words in the IC's language, handed to the pure builders in domain/timeline and domain/ics214. */
import type { TFunction } from 'i18next';
import type { Ics214Words } from '../../domain/ics214';
import { ics214Fields } from '../../domain/ics214';
import {
  timelineColumns,
  type TimelineFilter,
  type TimelineKind,
  type TimelineWords,
} from '../../domain/timeline';

/** "recorded 01:50 EST", with the reason when one was given. */
export function recordedWords(t: TFunction): (time: string, reason: string | null) => string {
  return (time, reason) =>
    reason === null ? t('timeline.recorded', { time }) : t('timeline.recordedWhy', { time, reason });
}

/** How the Slack import marks a message changed since: the same words as the log's. */
export function changedInSlackWords(t: TFunction): (change: 'edited' | 'deleted') => string {
  return (change) => t(`slackImport.${change}`);
}

export function kindWord(t: TFunction): (kind: TimelineKind) => string {
  return (kind) => t(`timeline.lineKinds.${kind}`);
}

/** What the filter keeps, in words, or null when it keeps everything: an export says what it left out. */
export function filterWords(t: TFunction, filter: TimelineFilter, personName: string | null): string | null {
  const parts = [
    ...(filter.starredOnly ? [t('timeline.starredOnly')] : []),
    ...filter.kinds.map(kindWord(t)),
    ...(personName === null ? [] : [personName]),
  ];
  return parts.length === 0 ? null : t('timeline.filterNote', { filter: parts.join(', ') });
}

export function timelineWords(
  t: TFunction,
  incidentTitle: string,
  timeZone: string,
  filterNote: string | null,
): TimelineWords {
  return {
    title: t('timeline.heading', { title: incidentTitle }),
    preamble: [t('timeline.zoneNote', { zone: timeZone }), ...(filterNote === null ? [] : [filterNote])],
    columns: Object.fromEntries(
      timelineColumns.map((c) => [c, t(`timeline.columns.${c}`)]),
    ) as TimelineWords['columns'],
    kind: kindWord(t),
    recorded: recordedWords(t),
    starred: t('timeline.starMark'),
    changedInSlack: changedInSlackWords(t),
  };
}

export function ics214Words(t: TFunction, name: string): Ics214Words {
  return {
    title: t('timeline.ics214.heading', { name }),
    fields: Object.fromEntries(
      ics214Fields.map((f) => [f, t(`timeline.ics214.fields.${f}`)]),
    ) as Ics214Words['fields'],
    dateTime: t('timeline.ics214.dateTime'),
    activity: t('timeline.ics214.activity'),
    wholeIncident: t('timeline.ics214.wholeIncident'),
    ongoing: t('timeline.ics214.ongoing'),
    role: (role) => t(`terms.roles.${role}`),
    kind: kindWord(t),
    taskStatus: (status) => t(`tasks.statuses.${status}`),
    assignment: (text) => t('timeline.ics214.assignment', { text }),
    task: (title, status) => t('timeline.ics214.task', { title, status }),
    recorded: recordedWords(t),
    changedInSlack: changedInSlackWords(t),
  };
}
