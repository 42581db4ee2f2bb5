/**
 * Resolution: how the status moved to resolved, what the resolve flow settled (open tasks kept as
 * follow-ups or dropped with a reason, see domain/incident/resolution.ts), and the last word
 * stakeholders had. The fix itself is the author's to tell; the section asks for it.
 */
import { byEventTime, type PostmortemFacts, type PostmortemWords } from './facts';
import { bullet, inline, prompt } from './markdown';
import { givenUpdates } from './updates';

export function resolutionSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const changes = facts.events.filter((e) => e.type === 'incident.status-changed').sort(byEventTime);
  const lines: string[] = [];
  for (const change of changes) {
    if (change.type !== 'incident.status-changed') continue;
    const { from, to } = change.payload;
    lines.push(
      bullet(
        words.say('resolution.status', {
          time: words.time(change.ts),
          from: words.status(from),
          to: words.status(to),
        }),
      ),
    );
  }
  // The resolve flow writes its settlement in the same transaction as the resolution, at one recording time.
  const resolved = changes.findLast(
    (e) => e.type === 'incident.status-changed' && e.payload.to === 'resolved',
  );
  if (resolved !== undefined && facts.incident.resolvedAt !== null) {
    const settled = facts.events.filter((e) => e.recordedAt === resolved.recordedAt);
    const kept = settled.filter((e) => e.type === 'task.edited').length;
    if (kept > 0) lines.push(bullet(words.say('resolution.keptAsFollowUps', { count: kept })));
    for (const event of settled) {
      if (event.type !== 'task.status-changed' || event.payload.to !== 'dropped') continue;
      lines.push(
        bullet(
          words.say('resolution.dropped', {
            title: inline(event.payload.title),
            reason: inline(event.payload.reason),
          }),
        ),
      );
    }
  } else {
    lines.push(bullet(words.say('resolution.notResolved', { status: words.status(facts.incident.status) })));
  }
  const last = givenUpdates(facts.broadcasts).at(-1);
  if (last !== undefined)
    lines.push(bullet(words.say('resolution.lastUpdate', { time: words.time(last.givenAt) })));
  lines.push('', prompt(words.say('resolution.prompt')));
  return lines.join('\n');
}
