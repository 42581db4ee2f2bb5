/**
 * Follow-ups (the board's `follow-up` tasks, dropped ones left out) with owner and due date, and the
 * stakeholder updates as Slack had them.
 */
import { decodeEntities } from '../broadcasts/mrkdwn';
import { type PostmortemFacts, type PostmortemWords } from './facts';
import { inline, markdownTable, prompt } from './markdown';
import { givenUpdates } from './updates';

export function followUpsSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const followUps = facts.tasks
    .filter((task) => task.category === 'follow-up' && task.status !== 'dropped')
    .sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || a.createdAt - b.createdAt);
  if (followUps.length === 0) return prompt(words.say('followUps.none'));
  const header = ['title', 'owner', 'due', 'status'].map((c) => words.say(`followUps.${c}`));
  const rows = followUps.map((task) => [
    task.title,
    task.ownerName ?? words.say('followUps.unassigned'),
    task.dueAt === null ? '' : words.date(task.dueAt),
    words.taskStatus(task.status),
  ]);
  return markdownTable(header, rows).join('\n');
}

export function messagingSection(facts: PostmortemFacts, words: PostmortemWords): string {
  const given = givenUpdates(facts.broadcasts);
  if (given.length === 0) return prompt(words.say('messaging.none'));
  return given
    .map(({ broadcast, givenAt }) => {
      const channels = Object.values(broadcast.deliveries)
        .filter((d) => d.outcome === 'sent')
        .map((d) => `#${d.channelName}`)
        .join(', ');
      const quoted = decodeEntities(broadcast.text)
        .split(/\r?\n/)
        .map((line) => `> ${inline(line)}`);
      return [`### ${words.time(givenAt)} · ${inline(channels)}`, '', ...quoted].join('\n');
    })
    .join('\n\n');
}
