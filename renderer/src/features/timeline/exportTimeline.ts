/** Builds the timeline or an ICS-214 in the IC's language and zone and saves it (a file on the desktop, a download in a browser). */
import type { TFunction } from 'i18next';
import { deskLocale } from '../../app/format';
import { db } from '../../db';
import { readTimelineSources, type TimelineSources } from '../../db/repositories/timeline-reads';
import { ics214Csv, ics214Form, ics214Markdown, type Ics214Subject } from '../../domain/ics214';
import type { Incident } from '../../domain/incident/types';
import {
  buildTimeline,
  incidentSpan,
  timelineClock,
  timelineCsv,
  timelineMarkdown,
  type TimelineFilter,
  type TimelineLine,
} from '../../domain/timeline';
import { saveExport, type SavedExport } from '../../platform';
import { drillMarkOf } from '../drills/sandbox-strings';
import { describeEvent } from '../log/describeEvent';
import { filterWords, ics214Words, timelineWords } from './words';

export type ExportFormat = 'csv' | 'markdown';

function fileName(kind: string, incident: Incident, format: ExportFormat): string {
  const day = new Date(incident.declaredAt).toISOString().slice(0, 10);
  return `${kind}-${day}-${incident.id.slice(-6).toLowerCase()}.${format === 'csv' ? 'csv' : 'md'}`;
}

function linesOf(t: TFunction, sources: TimelineSources, filter?: TimelineFilter): TimelineLine[] {
  return buildTimeline({
    events: sources.events,
    people: sources.people,
    describe: (event) => describeEvent(t, event),
    ...(filter === undefined ? {} : { filter }),
  });
}

export type TimelineExport = {
  incident: Incident;
  filter: TimelineFilter;
  /** The person the filter keeps, by name, for the file's preamble. */
  personName: string | null;
  timeZone: string;
  format: ExportFormat;
  now: number;
};

/** The timeline as filtered on screen, in the chosen zone. */
export async function exportTimeline(
  t: TFunction,
  language: string,
  choice: TimelineExport,
): Promise<SavedExport> {
  const { incident, filter, timeZone, format, now } = choice;
  const lines = linesOf(t, await readTimelineSources(db, incident.id), filter);
  const clock = timelineClock(timeZone, deskLocale(language), incidentSpan(incident, lines, now));
  const words = {
    ...timelineWords(t, incident.title, timeZone, filterWords(t, filter, choice.personName)),
    ...drillMarkOf(t, incident),
  };
  return format === 'csv'
    ? saveExport(fileName('timeline', incident, format), 'csv', timelineCsv(lines, words, clock))
    : saveExport(fileName('timeline', incident, format), 'markdown', timelineMarkdown(lines, words, clock));
}

export type Ics214Export = {
  incident: Incident;
  subject: Ics214Subject;
  timeZone: string;
  format: ExportFormat;
  now: number;
};

/** One responder's ICS-214, or the whole incident's. */
export async function exportIcs214(
  t: TFunction,
  language: string,
  choice: Ics214Export,
): Promise<SavedExport> {
  const { incident, subject, timeZone, format, now } = choice;
  const sources = await readTimelineSources(db, incident.id);
  const lines = linesOf(t, sources);
  const people = new Map(sources.people.map((p) => [p.id, p]));
  const form = ics214Form(subject, {
    incident,
    people,
    checkIns: sources.checkIns,
    tenures: sources.tenures,
    tasks: sources.tasks,
    lines,
    now,
  });
  const clock = timelineClock(timeZone, deskLocale(language), incidentSpan(incident, lines, now));
  const words = {
    ...ics214Words(t, form.name ?? t('timeline.ics214.wholeIncident')),
    ...drillMarkOf(t, incident),
  };
  const kind =
    subject === 'whole-incident'
      ? 'ics-214'
      : `ics-214-${(form.name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  return format === 'csv'
    ? saveExport(fileName(kind, incident, format), 'csv', ics214Csv(form, words, clock))
    : saveExport(fileName(kind, incident, format), 'markdown', ics214Markdown(form, words, clock));
}
