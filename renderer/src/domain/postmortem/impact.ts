/**
 * Impact: how long it lasted (from its first event, which a back-dated entry or check-in may put
 * before the declaration, to the resolution), how long at each severity, how soon someone besides the
 * IC was on it, and whether stakeholders heard in time. No names: the impact is about the system.
 */
import { firstResponderCheckIns } from '../analytics/from-store';
import {
  endOf,
  firstEventAtOrDeclared,
  severitySpans,
  type PostmortemFacts,
  type PostmortemWords,
} from './facts';
import { bullet, prompt } from './markdown';
import { updateTimeliness } from './updates';

const minute = 60_000;

function severityLine(facts: PostmortemFacts, words: PostmortemWords): string {
  const totals = new Map<string, number>();
  for (const span of severitySpans(facts)) {
    totals.set(span.severity, (totals.get(span.severity) ?? 0) + (span.to - span.from));
  }
  const parts = [...totals].map(([severity, ms]) => `${severity} ${words.duration(ms / minute)}`);
  return words.say('impact.severities', { list: parts.join(', ') });
}

function firstResponderLine(facts: PostmortemFacts, words: PostmortemWords): string {
  const declared = facts.events.find((e) => e.type === 'incident.declared');
  const declaredBy = declared?.type === 'incident.declared' ? declared.payload.commanderId : '';
  const first = firstResponderCheckIns(facts.checkIns, new Map([[facts.incident.id, declaredBy]])).get(
    facts.incident.id,
  );
  if (first === undefined) return words.say('impact.noResponder');
  const minutes = Math.max(0, first - facts.incident.declaredAt) / minute;
  return words.say('impact.firstResponder', { duration: words.duration(minutes), time: words.time(first) });
}

function updatesLines(facts: PostmortemFacts, words: PostmortemWords): string[] {
  const { given, late, missedDueAt } = updateTimeliness(facts);
  const lines = [words.say('impact.updates', { count: given.length })];
  if (late.length === 0 && missedDueAt === null && given.length > 0) lines.push(words.say('impact.noneLate'));
  for (const { givenAt, dueAt } of late) {
    lines.push(
      words.say('impact.late', {
        time: words.time(givenAt),
        due: words.time(dueAt),
        duration: words.duration((givenAt - dueAt) / minute),
      }),
    );
  }
  if (missedDueAt !== null) lines.push(words.say('impact.missed', { due: words.time(missedDueAt) }));
  return lines;
}

export function impactSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const from = firstEventAtOrDeclared(facts);
  const end = endOf(facts);
  const duration = words.say(
    facts.incident.resolvedAt === null ? 'impact.durationOngoing' : 'impact.duration',
    {
      duration: words.duration((end - from) / minute),
      from: words.time(from),
      to: words.time(end),
    },
  );
  return [
    ...[
      duration,
      severityLine(facts, words),
      firstResponderLine(facts, words),
      ...updatesLines(facts, words),
    ].map(bullet),
    '',
    prompt(words.say('impact.prompt')),
  ].join('\n');
}
