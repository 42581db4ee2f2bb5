import { describe, expect, it } from 'vitest';
import { buildSection } from '../../../../../renderer/src/domain/postmortem';
import { at, event, events, facts, words } from './fixture';

const section = (name: Parameters<typeof buildSection>[0], overrides = {}) =>
  buildSection(name, facts(overrides), words).split('\n');

describe('postmortem summary', () => {
  it('says what it was, its severities, when it was declared and resolved, and asks for the story', () => {
    expect(section('summary')).toEqual([
      '[summary.resolved title=Checkout errors severities=SEV-2 → SEV-1 declared=28 22:30 resolved=29 01:00 status=resolved duration=150m]',
      '',
      'Card payments fail at checkout.',
      '',
      '_[summary.prompt]_',
    ]);
  });
});

describe('postmortem impact', () => {
  it('counts from the first event to the resolution, each severity, the first responder and late updates', () => {
    expect(section('impact')).toEqual([
      '- [impact.duration duration=150m from=28 22:30 to=29 01:00]',
      '- [impact.severities list=SEV-2 40m, SEV-1 110m]',
      '- [impact.firstResponder duration=15m time=28 22:45]',
      '- [impact.updates count=2]',
      '- [impact.late time=28 23:30 due=28 23:00 duration=30m]',
      '- [impact.missed due=29 00:25]',
      '',
      '_[impact.prompt]_',
    ]);
  });

  it('starts at a check-in back-dated before the declaration', () => {
    const early = event('responder.checked-in', '22:10', {
      personId: 'carol',
      personName: 'Carol',
      checkInId: 'stay-carol',
      roles: [],
      location: 'remote',
      locationDetail: '',
      contact: '',
      assignment: '',
      backdatedReason: 'was on it before we declared',
    });
    const [duration] = section('impact', { events: [...events, early] });
    expect(duration).toBe('- [impact.duration duration=170m from=28 22:10 to=29 01:00]');
    expect(section('detection', { events: [...events, early] })[0]).toBe(
      '- [detection.before first=28 22:10 declared=28 22:30 duration=20m]',
    );
  });

  it('says none was late when every update came in time, and follows the incident’s own cadence', () => {
    const lines = section('impact', { cadenceChoice: { kind: 'every', minutes: 90 } });
    expect(lines).toContain('- [impact.noneLate]');
    expect(lines.some((l) => l.includes('impact.late') || l.includes('impact.missed'))).toBe(false);
  });

  it('names the missing responder while the incident is still running', () => {
    const lines = section('impact', {
      incident: { ...facts().incident, status: 'monitoring', resolvedAt: null },
      checkIns: [],
      now: at('00:30'),
    });
    expect(lines[0]).toBe('- [impact.durationOngoing duration=120m from=28 22:30 to=29 00:30]');
    expect(lines).toContain('- [impact.noResponder]');
  });
});

describe('postmortem timeline highlights', () => {
  it('keeps starred entries and every status, severity and command change, in event time', () => {
    expect(section('timeline')).toEqual([
      '| [timeline.time] | [timeline.starred] | [timeline.what] | [timeline.by] |',
      '| --- | --- | --- | --- |',
      '| 28 22:30 |  | incident.declared | Alice |',
      '| 28 23:10 |  | incident.severity-changed | Alice |',
      '| 28 23:25 |  | incident.status-changed | Alice |',
      '| 28 23:40 | ★ | Rollback done; errors back to 0.1% | Bob |',
      '| 29 00:20 |  | incident.status-changed | Alice |',
      '| 29 01:00 |  | incident.status-changed | Alice |',
      '',
      '_[timeline.prompt]_',
    ]);
  });
});

describe('postmortem: what was tried', () => {
  it('puts each decision with the facts and hypotheses logged before it, back-dated ones where they happened', () => {
    expect(section('tried')).toEqual([
      '- **decision** (28 23:20): Roll back the payment SDK',
      '  - **fact** (28 22:40): Checkout error rate rose to 12%',
      '  - **hypothesis** (28 23:00): The new payment SDK release times out',
      '- [tried.undecided]',
      '  - **fact** (28 23:40): Rollback done; errors back to 0.1%',
      '  - **hypothesis** (28 23:50): Retries from the app doubled the load',
    ]);
  });

  it('shows the latest three reasons under a decision and counts the earlier ones', () => {
    const more = ['22:50', '22:55'].map((hhmm, i) =>
      event('log.entry-added', hhmm, { kind: 'fact', text: `Earlier ${i}`, author: 'Bob' }),
    );
    expect(section('tried', { events: [...events, ...more] }).slice(0, 5)).toEqual([
      '- **decision** (28 23:20): Roll back the payment SDK',
      '  - [tried.earlier count=1]',
      '  - **fact** (28 22:50): Earlier 0',
      '  - **fact** (28 22:55): Earlier 1',
      '  - **hypothesis** (28 23:00): The new payment SDK release times out',
    ]);
  });

  it('asks what was tried when no decision or reason was logged', () => {
    expect(section('tried', { events: events.filter((e) => e.type !== 'log.entry-added') })).toEqual([
      '_[tried.none]_',
    ]);
  });
});

describe('postmortem root cause and contributing factors', () => {
  it('quotes the tagged entries by their words and time', () => {
    expect(section('causes')).toEqual([
      '### [causes.rootCause]',
      '',
      '- 28 23:45: “The SDK client had no timeout configured”',
      '',
      '### [causes.contributing]',
      '',
      '- 28 23:50: “Retries from the app doubled the load”',
    ]);
  });

  it('is blameless: the author of a tagged entry is never named in it', () => {
    const text = buildSection('causes', facts(), words);
    expect(text).not.toContain('Bob');
  });

  it('asks for a root cause when no entry is tagged so, and follows an untag', () => {
    const untagged = event('log.entry-tagged', '00:40', {
      entryId: 'cause',
      tag: 'root-cause',
      tagged: false,
    });
    expect(section('causes', { events: [...events, untagged] })[2]).toBe('_[tagged.none.root-cause]_');
  });
});

describe('postmortem detection and reflections', () => {
  it('says nothing came before the declaration, and asks how it was detected', () => {
    expect(section('detection')).toEqual([
      '- [detection.declared declared=28 22:30]',
      '',
      '_[tagged.none.detection]_',
    ]);
  });

  it('quotes what went well, and asks about what went wrong and luck', () => {
    expect(section('went-well')).toEqual(['- 28 23:40: “Rollback done; errors back to 0.1%”']);
    expect(section('went-wrong')).toEqual(['_[tagged.none.went-wrong]_']);
    expect(section('lucky')).toEqual(['_[tagged.none.lucky]_']);
  });
});

describe('postmortem resolution', () => {
  it('walks the status to resolved and points at the last update', () => {
    expect(section('resolution')).toEqual([
      '- [resolution.status time=28 23:25 from=investigating to=identified]',
      '- [resolution.status time=29 00:20 from=identified to=monitoring]',
      '- [resolution.status time=29 01:00 from=monitoring to=resolved]',
      '- [resolution.lastUpdate time=28 23:55]',
      '',
      '_[resolution.prompt]_',
    ]);
  });

  it('lists what the resolve flow settled in the same write: follow-ups kept, tasks dropped with the reason', () => {
    const settled = [
      event('task.edited', '01:00', {
        taskId: 'x',
        previousTitle: 'Watch errors',
        title: 'Watch errors',
        description: '',
        category: 'follow-up',
        timeBoxMinutes: 15,
        dueAt: null,
      } as never),
      event('task.status-changed', '01:00', {
        taskId: 'y',
        title: 'Page the vendor',
        from: 'todo',
        to: 'dropped',
        reason: 'fixed | without them',
        ownerName: 'Bob',
      }),
    ];
    const lines = section('resolution', { events: [...events, ...settled] });
    expect(lines).toContain('- [resolution.keptAsFollowUps count=1]');
    expect(lines).toContain('- [resolution.dropped title=Page the vendor reason=fixed \\| without them]');
  });
});

describe('postmortem responders', () => {
  it('gives each person their roles, hours on duty without rests, night hours in their own zone and rests', () => {
    expect(section('responders')).toEqual([
      '| [responders.name] | [responders.roles] | [responders.onDuty] | [responders.night] | [responders.rests] |',
      '| --- | --- | --- | --- | --- |',
      // Alice: 22:30 until the resolution; London's night from 00:00 GMT.
      '| Alice | incident-commander | 150m | 60m | 0 |',
      // Bob: 22:45–00:15 and 00:45–01:00; Kolkata's night ends at 06:00 IST, 00:30 UTC.
      '| Bob | ops-lead | 105m | 90m | [responders.restCount count=1 duration=30m] |',
    ]);
  });
});

describe('postmortem follow-ups and messaging', () => {
  it('lists the board’s follow-ups with owner and due date, leaving dropped ones out', () => {
    expect(section('follow-ups')).toEqual([
      '| [followUps.title] | [followUps.owner] | [followUps.due] | [followUps.status] |',
      '| --- | --- | --- | --- |',
      '| Set a timeout on the SDK client | Bob | 2026-04-05 | todo |',
    ]);
    expect(section('follow-ups', { tasks: [] })).toEqual(['_[followUps.none]_']);
  });

  it('quotes each update as Slack had it, in the order it had them, with its channels', () => {
    expect(section('messaging')).toEqual([
      '### 28 23:30 · #status',
      '',
      '> Checkout fails for card payments.',
      '> Next update by 00:00.',
      '',
      '### 28 23:55 · #status',
      '',
      '> Rolled back; watching. &lt;ok>',
    ]);
    expect(section('messaging', { broadcasts: [] })).toEqual(['_[messaging.none]_']);
  });
});
