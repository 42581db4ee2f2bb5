import { describe, expect, it } from 'vitest';
import {
  buildTimeline,
  incidentSpan,
  timelineClock,
  timelineCsv,
  timelineHighlights,
  timelineMarkdown,
  type TimelineWords,
} from '../../../../../renderer/src/domain/timeline';
import { at, describe as describeEvent, events, incident, people } from './fixtures';

const lines = buildTimeline({ events, people, describe: describeEvent });
const newYork = timelineClock(
  'America/New_York',
  'en-US',
  incidentSpan(incident, lines, incident.resolvedAt),
);

const words: TimelineWords = {
  title: 'Timeline — Payments down',
  preamble: ['Times in America/New_York'],
  columns: {
    time: 'Time',
    recorded: 'Recorded',
    kind: 'Kind',
    text: 'What',
    by: 'By',
    starred: 'Starred',
    link: 'Link',
  },
  kind: (kind) => kind,
  recorded: (time, reason) => (reason === null ? `recorded ${time}` : `recorded ${time}: ${reason}`),
  starred: '★',
  changedInSlack: (change) => change,
};

describe('the timeline', () => {
  it('reads in event time whatever order the log was written in: the back-dated fact sits at 01:20 EDT', () => {
    expect(lines.map((l) => [l.id, newYork.time(l.ts), l.kind])).toEqual([
      ['01', '10/31/2026, 23:30 EDT', 'declared'],
      ['02', '10/31/2026, 23:30 EDT', 'check-in'],
      ['03', '10/31/2026, 23:40 EDT', 'check-in'],
      ['10', '11/01/2026, 01:20 EDT', 'fact'],
      ['05', '11/01/2026, 01:30 EDT', 'task-assigned'],
      ['07', '11/01/2026, 01:45 EDT', 'hypothesis'],
      ['21', '11/01/2026, 01:50 EDT', 'slack-message'],
      ['22', '11/01/2026, 01:05 EST', 'slack-message'],
      ['08', '11/01/2026, 01:10 EST', 'severity'],
      ['09', '11/01/2026, 01:30 EST', 'status'],
      ['15', '11/01/2026, 02:05 EST', 'stakeholder-update'],
      ['16', '11/01/2026, 03:00 EST', 'command'],
      ['17', '11/01/2026, 03:10 EST', 'task-finished'],
      ['18', '11/01/2026, 03:20 EST', 'rest'],
      ['19', '11/01/2026, 04:00 EST', 'check-out'],
      ['20', '11/01/2026, 05:00 EST', 'status'],
    ]);
  });

  it('dates every line when the incident spans two local days, and zones them across the DST change', () => {
    expect([newYork.dated, newYork.zoned]).toEqual([true, true]);
    // In London the same hours are one night of one day in GMT (its clocks went back on 25 October).
    const london = timelineClock(
      'Europe/London',
      'en-GB',
      incidentSpan(incident, lines, incident.resolvedAt),
    );
    expect([london.dated, london.zoned, london.time(at('2026-11-01T05:20:00Z'))]).toEqual([
      false,
      false,
      '05:20',
    ]);
    // Across London's own change, 01:30 happens twice: BST, then GMT.
    const autumn = timelineClock('Europe/London', 'en-GB', {
      from: at('2026-10-24T23:00:00Z'),
      to: at('2026-10-25T03:00:00Z'),
    });
    expect([autumn.dated, autumn.zoned]).toEqual([false, true]);
    expect([autumn.time(at('2026-10-25T00:30:00Z')), autumn.time(at('2026-10-25T01:30:00Z'))]).toEqual([
      '01:30 BST',
      '01:30 GMT',
    ]);
  });

  it('shows when a line was written down only when that was a minute or more after it happened', () => {
    // (Slack messages are left to the Slack import's own rule: they were recorded in Slack, at their time.)
    const recorded = lines.filter((l) => l.recordedAt !== null && l.kind !== 'slack-message');
    expect(recorded.map((l) => [l.id, newYork.recorded(l.recordedAt ?? 0, l.ts), l.backdatedReason])).toEqual(
      [['10', '01:50 EST', 'seen later in the graphs']],
    );
  });

  it('leaves bookkeeping out: the directory, acknowledgements, stars, the queued copy of an update', () => {
    expect(lines.map((l) => l.id)).not.toEqual(expect.arrayContaining(['04', '06', '11', '12', '13', '14']));
  });

  it('marks the entries starred now (a star taken back is gone) and names who each line is about', () => {
    expect(lines.filter((l) => l.starred).map((l) => l.id)).toEqual(['10']);
    expect(lines.find((l) => l.id === '10')).toMatchObject({ by: 'Bob', people: ['bob'] });
    expect(lines.find((l) => l.id === '16')?.people).toEqual(['alice', 'carol']);
    expect(lines.find((l) => l.id === '20')?.people).toEqual(['carol']);
  });

  it('gives a stakeholder update as sent, its entities read back, with its Slack link', () => {
    expect(lines.find((l) => l.id === '15')).toMatchObject({
      message: 'SEV-1 · Payments down\n\nWe fail over <db> & watch',
      link: 'https://example.slack.com/archives/C1/p1793430310000100',
    });
  });

  it('shows an imported Slack message as it reads now, marked edited or deleted, by its author', () => {
    const slack = lines.filter((l) => l.kind === 'slack-message');
    expect(slack.map((l) => [l.text, l.changedInSlack, l.by, l.people, l.link])).toEqual([
      [
        'Rolling back to v2 &amp; watching',
        'edited',
        'Carol',
        ['carol'],
        'https://example.slack.com/archives/CWAR/p1793425800000100',
      ],
      ['wrong channel, sorry', 'deleted', 'dave', [], null],
    ]);
    expect(timelineMarkdown(slack, words, newYork)).toContain(
      '| slack-message | wrong channel, sorry (deleted) | dave |  |  |',
    );
  });

  it('filters to starred lines, to some kinds, or to one person, keeping facts and hypotheses apart', () => {
    const only = (filter: Parameters<typeof buildTimeline>[0]['filter']) =>
      buildTimeline({ events, people, describe: describeEvent, filter }).map((l) => l.id);
    expect(only({ starredOnly: true, kinds: [], personId: null })).toEqual(['10']);
    expect(only({ starredOnly: false, kinds: ['fact'], personId: null })).toEqual(['10']);
    expect(only({ starredOnly: false, kinds: ['hypothesis'], personId: null })).toEqual(['07']);
    expect(only({ starredOnly: false, kinds: [], personId: 'bob' })).toEqual([
      '03',
      '10',
      '05',
      '17',
      '18',
      '19',
    ]);
  });

  it('keeps, as highlights, starred lines and the incident’s turning points', () => {
    expect(timelineHighlights(lines).map((l) => [l.id, l.kind])).toEqual([
      ['01', 'declared'],
      ['10', 'fact'],
      ['08', 'severity'],
      ['09', 'status'],
      ['16', 'command'],
      ['20', 'status'],
    ]);
  });
});

describe('timeline exports', () => {
  it('writes Markdown with the zone in the heading and the Time column, cells escaped', () => {
    const markdown = timelineMarkdown(lines.slice(3, 6), words, newYork).split('\n');
    expect(markdown).toEqual([
      '# Timeline — Payments down',
      '',
      'Times in America/New_York',
      '',
      '| Time (America/New_York) | Recorded | Kind | What | By | Starred | Link |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 11/01/2026, 01:20 EDT | recorded 01:50 EST: seen later in the graphs | fact | =1+1 errors began | Bob | ★ |  |',
      '| 11/01/2026, 01:30 EDT |  | task-assigned | task.assigned | Alice |  |  |',
      '| 11/01/2026, 01:45 EDT |  | hypothesis | Connection pool \\| exhausted? | Carol |  |  |',
      '',
    ]);
  });

  it('writes RFC 4180 CSV, a formula kept as text, an update with its message and link', () => {
    const csv = timelineCsv(
      lines.filter((l) => l.id === '10' || l.id === '15'),
      words,
      newYork,
    ).split('\r\n');
    expect(csv).toEqual([
      'Time (America/New_York),Recorded,Kind,What,By,Starred,Link',
      '"11/01/2026, 01:20 EDT",recorded 01:50 EST: seen later in the graphs,fact,\'=1+1 errors began,Bob,★,',
      '"11/01/2026, 02:05 EST",,stakeholder-update,"broadcast.sent\nSEV-1 · Payments down\n\nWe fail over <db> & watch",Alice,,https://example.slack.com/archives/C1/p1793430310000100',
      '',
    ]);
  });
});

describe('a drill’s timeline export', () => {
  const drill = { word: 'DRILL', notice: 'This is a drill, not a real incident.' };

  it('says DRILL in its Markdown title and first paragraph', () => {
    const markdown = timelineMarkdown(lines, { ...words, drill }, newYork).split('\n');
    expect(markdown.slice(0, 3)).toEqual([
      '# [DRILL] Timeline — Payments down',
      '',
      '> **DRILL**: This is a drill, not a real incident.',
    ]);
    expect(timelineMarkdown(lines, words, newYork)).not.toContain('DRILL');
  });

  it('starts its CSV with a DRILL row before the header row', () => {
    const rows = timelineCsv(lines, { ...words, drill }, newYork).split('\r\n');
    expect(rows[0]).toBe('"[DRILL] This is a drill, not a real incident."');
    expect(rows[1]).toBe(timelineCsv(lines, words, newYork).split('\r\n')[0]);
  });
});
