/**
 * The ICS-214 as Markdown and as CSV. The form's boxes become two-column rows (a label, its value),
 * then the activity log's own two columns (date and time, notable activity), so the CSV stays one table
 * a spreadsheet opens as it is. Escaping goes through domain/export like every export.
 */
import type { ResponderRole } from '../roster/types';
import type { TaskStatus } from '../tasks/types';
import { csvText } from '../export/csv';
import { drillCsvRows, drillMarkdownNotice, drillTitle, type DrillMark } from '../export/drill';
import { markdownCell, markdownTable } from '../export/markdown';
import type { TimelineClock } from '../timeline/clock';
import type { TimelineKind } from '../timeline/kinds';
import { lineText } from '../timeline/export';
import type { TimelineLine } from '../timeline/line';
import type { Ics214Form, Ics214Position, Ics214Resource } from './form';

export const ics214Fields = [
  'incidentName',
  'periodFrom',
  'periodTo',
  'name',
  'position',
  'team',
  'resources',
] as const;
export type Ics214Field = (typeof ics214Fields)[number];

export type Ics214Words = {
  /** The document's heading, e.g. "ICS-214 Activity log — Bob". */
  title: string;
  /** Given for a drill: the title and the file say DRILL. */
  drill?: DrillMark;
  fields: Record<Ics214Field, string>;
  /** The two columns of the activity log. */
  dateTime: string;
  activity: string;
  /** The name box of the whole incident's form. */
  wholeIncident: string;
  /** The end of a role still held. */
  ongoing: string;
  role: (role: ResponderRole) => string;
  kind: (kind: TimelineKind) => string;
  taskStatus: (status: TaskStatus) => string;
  /** "Assignment: …", "Task: … (done)". */
  assignment: (text: string) => string;
  task: (title: string, status: string) => string;
  recorded: (time: string, reason: string | null) => string;
  changedInSlack: (change: 'edited' | 'deleted') => string;
};

function position(p: Ics214Position, form: Ics214Form, words: Ics214Words, clock: TimelineClock): string {
  const until = p.to === null ? words.ongoing : clock.moment(p.to);
  const holder = form.name === null ? ` (${p.name})` : '';
  return `${words.role(p.role)}${holder}: ${clock.moment(p.from)} – ${until}`;
}

function resource(r: Ics214Resource, words: Ics214Words): string {
  switch (r.kind) {
    case 'assignment':
      return words.assignment(r.text);
    case 'task':
      return words.task(r.title, words.taskStatus(r.status));
    case 'responder':
      return [r.name, r.roles.map(words.role).join(', '), r.team, r.assignment]
        .filter((part) => part !== '')
        .join(' — ');
  }
}

/** The boxes of the form as (label, value) rows; a box with several values (positions, resources) repeats its label. */
export function ics214FieldRows(form: Ics214Form, words: Ics214Words, clock: TimelineClock): string[][] {
  const many = (field: Ics214Field, values: string[]) =>
    (values.length === 0 ? [''] : values).map((value) => [words.fields[field], value]);
  return [
    [words.fields.incidentName, form.incidentName],
    [words.fields.periodFrom, clock.moment(form.period.from)],
    [words.fields.periodTo, clock.moment(form.period.to)],
    [words.fields.name, form.name ?? words.wholeIncident],
    ...many(
      'position',
      form.positions.map((p) => position(p, form, words, clock)),
    ),
    [words.fields.team, form.team],
    ...many(
      'resources',
      form.resources.map((r) => resource(r, words)),
    ),
  ];
}

function notable(line: TimelineLine, form: Ics214Form, words: Ics214Words, clock: TimelineClock): string {
  // On the whole incident's log, a typed entry says whose it was; a personal log is all theirs.
  const by = form.name === null && line.kind !== 'declared' ? ` (${line.by})` : '';
  const recorded =
    line.recordedAt === null
      ? ''
      : ` — ${words.recorded(clock.recorded(line.recordedAt, line.ts), line.backdatedReason)}`;
  const [first = '', ...rest] = lineText(line, words.changedInSlack).split('\n');
  const link = line.link === null ? [] : [line.link];
  return [`${words.kind(line.kind)}: ${first}${by}${recorded}`, ...rest, ...link].join('\n');
}

/** The activity log as (date and time, notable activity) rows, in event-time order. */
export function ics214ActivityRows(form: Ics214Form, words: Ics214Words, clock: TimelineClock): string[][] {
  return form.activity.map((line) => [clock.moment(line.ts), notable(line, form, words, clock)]);
}

/** A Markdown document: the heading, the form's boxes, the activity log; the zone named once. */
export function ics214Markdown(form: Ics214Form, words: Ics214Words, clock: TimelineClock): string {
  // The first box (the incident's name) heads the table: Markdown tables need a header row.
  const [head = [], ...boxes] = ics214FieldRows(form, words, clock);
  return [
    `# ${markdownCell(drillTitle(words.title, words.drill))}`,
    '',
    ...drillMarkdownNotice(words.drill),
    ...markdownTable(head, boxes),
    '',
    ...markdownTable(
      [`${words.dateTime} (${clock.timeZone})`, words.activity],
      ics214ActivityRows(form, words, clock),
    ),
    '',
  ].join('\n');
}

/** RFC 4180 CSV: the form's boxes, then the activity log under its own header row; two columns throughout. */
export function ics214Csv(form: Ics214Form, words: Ics214Words, clock: TimelineClock): string {
  return csvText([
    ...drillCsvRows(words.drill),
    ...ics214FieldRows(form, words, clock),
    [`${words.dateTime} (${clock.timeZone})`, words.activity],
    ...ics214ActivityRows(form, words, clock),
  ]);
}
