/**
 * The drill section of a drill's postmortem: the scenario and the public postmortem it was built from,
 * the team's retrospective (what went well, what was lucky, what to improve), and each inject's expected
 * response against what happened, its verdict and the team's note: the exercise's after-action report.
 */
import { drillEventTypes, type DrillEvent } from '../drills/events';
import { offsetText } from '../drills/meaning';
import { retrospectiveOf, type RetroLine, type Retrospective } from '../drills/retro';
import { drillRunOf } from '../drills/run';
import type { ExpectedResponse } from '../drills/types';
import type { IncidentEvent } from '../log/events';
import type { PostmortemFacts, PostmortemWords } from './facts';
import { bullet, inline, markdownTable, prompt } from './markdown';
import { once } from './memo';

const isDrillEvent = (event: IncidentEvent): event is DrillEvent =>
  (drillEventTypes as readonly string[]).includes(event.type);

/** The drill's retrospective as the log holds it, or null when this is no drill or none was saved. */
export function drillRetrospective(facts: PostmortemFacts): Retrospective | null {
  return once(facts.events, `drill:${facts.now}`, () => {
    const read = drillRunOf(facts.events.filter(isDrillEvent));
    const retro = retrospectiveOf(read, facts.events, facts.now);
    return retro?.saved === null ? null : retro;
  });
}

/** Whether the draft has a drill section: only a drill whose team saved a retrospective. */
export function hasDrillSection(facts: PostmortemFacts): boolean {
  return drillRetrospective(facts) !== null;
}

/** The expected response in the reader's words ("A task assigned (cache, CDN)"). */
export function expectedText(expected: ExpectedResponse, words: PostmortemWords): string {
  const say = (key: string, values?: Record<string, string>) => words.say(`drill.expect.${key}`, values);
  switch (expected.kind) {
    case 'task-assigned':
      return expected.words.length === 0
        ? say('task-any')
        : say('task', { words: expected.words.join(', ') });
    case 'update-sent':
      return say('update');
    case 'status-changed':
      return say('status', { status: words.status(expected.to) });
    case 'severity-changed':
      return expected.to === null ? say('severity-any') : say('severity', { severity: expected.to });
    case 'responder-rested':
      return expected.person === null ? say('rest-any') : say('rest', { person: expected.person });
    case 'command-handed-over':
      return expected.person === null ? say('hand-over-any') : say('hand-over', { person: expected.person });
    case 'checked-in':
      return expected.person === null ? say('check-in-any') : say('check-in', { person: expected.person });
    case 'game-master':
      return say('game-master', { what: expected.what });
  }
}

/** What the players did, and how long after the inject ("Cache flush → Dana, after 2 min"). */
export function happenedText(line: RetroLine, words: PostmortemWords): string {
  const after = words.duration((line.responseAfterMs ?? 0) / 60_000);
  if (line.evidence !== null)
    return words.say('drill.happened.detected', { detail: line.evidence.detail, after });
  if (line.ticked) return words.say('drill.happened.ticked', { after });
  return words.say('drill.happened.none');
}

function answer(text: string, empty: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? prompt(empty) : trimmed.split(/\r?\n/).map(inline).join('\n');
}

export function drillSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const retro = drillRetrospective(facts);
  if (retro?.saved == null) return prompt(words.say('drill.none'));
  const { scenario, saved } = retro;
  const { source } = scenario;
  const ended =
    retro.endedAt === null
      ? words.say('drill.running')
      : words.say(retro.timeUp ? 'drill.timeUp' : 'drill.ended', { time: words.time(retro.endedAt) });
  const header = ['at', 'inject', 'for', 'expected', 'happened', 'verdict', 'note'].map((c) =>
    words.say(`drill.columns.${c}`),
  );
  const rows = retro.lines.map((line) => [
    line.shownAtMs === null ? offsetText(line.inject.atSeconds) : offsetText(line.shownAtMs / 1000),
    line.inject.text,
    words.role(line.inject.target),
    expectedText(line.expected, words),
    happenedText(line, words),
    words.say(`drill.verdicts.${line.verdict}`),
    line.note,
  ]);
  return [
    words.say('drill.scenario', { title: inline(scenario.title) }),
    '',
    bullet(
      words.say('drill.source', {
        organisation: inline(source.organisation),
        title: inline(source.title),
        date: source.date,
        url: inline(source.url),
      }),
    ),
    bullet(words.say('drill.limit', { minutes: scenario.timeLimitMinutes })),
    bullet(ended),
    '',
    `### ${words.say('drill.wentWell')}`,
    '',
    answer(saved.wentWell, words.say('drill.empty')),
    '',
    `### ${words.say('drill.lucky')}`,
    '',
    answer(saved.lucky, words.say('drill.empty')),
    '',
    `### ${words.say('drill.improve')}`,
    '',
    answer(saved.improve, words.say('drill.empty')),
    '',
    `### ${words.say('drill.injects')}`,
    '',
    ...markdownTable(header, rows),
  ].join('\n');
}
