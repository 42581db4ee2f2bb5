/**
 * The per-incident Slack channel: its name and its topic. Slack allows only lowercase letters, digits, `-`
 * and `_` in a name of at most 80 characters, and a topic of at most 250 characters with no formatting
 * (docs.slack.dev: conversations.create, conversations.setTopic).
 */
import type { IncidentStatus, Severity } from '../incident/types';
import { englishLabels, type BroadcastLabels } from './labels';
import { describeNextUpdate } from './message';
import { formatCalendarDate } from './time';

export const channelNameMaxLength = 80;
export const channelTopicMaxLength = 250;

// Letters NFKD does not decompose into a base letter plus accents.
const spelledOut: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæøœłđðþı]/g, (letter) => spelledOut[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

function fitName(name: string, maxLength: number): string {
  return name.slice(0, maxLength).replace(/[-_]+$/, '');
}

/**
 * `inc-2026-11-24-database-primary-down`: the declaration day in the IC's zone, then the title sanitised to
 * Slack's rules. A title with nothing Slack accepts (all emoji, or Japanese) leaves the dated name alone.
 */
export function incidentChannelName(declaredAt: number, title: string, timeZone = 'UTC'): string {
  const dated = `inc-${formatCalendarDate(declaredAt, timeZone)}`;
  const titlePart = slug(title);
  return titlePart === '' ? dated : fitName(`${dated}-${titlePart}`, channelNameMaxLength);
}

/** The name to try after Slack answers `name_taken`: `-2`, `-3`... still within 80 characters. */
export function withSuffix(name: string, n: number): string {
  const suffix = `-${n}`;
  return `${fitName(name, channelNameMaxLength - suffix.length)}${suffix}`;
}

export type ChannelTopicInput = {
  severity: Severity;
  status: IncidentStatus;
  commanderName: string;
  nextUpdateBy: number | null;
  now: number;
  timeZone?: string;
};

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let kept = '';
  // By code points, so an emoji in a name is never cut in half.
  for (const char of text) {
    if (kept.length + char.length > maxLength - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

/**
 * What anyone joining the channel must see first: severity, status, IC and the next update, within 250
 * characters. A very long IC name is shortened rather than the next update cut off.
 */
export function channelTopic(input: ChannelTopicInput, labels: BroadcastLabels = englishLabels): string {
  const before = `${input.severity} | ${labels.statusNames[input.status]} | ${labels.commander}: `;
  const after = ` | ${describeNextUpdate(input, labels)}`;
  const name = input.commanderName.trim() || labels.notNamed;
  const room = Math.max(1, channelTopicMaxLength - before.length - after.length);
  return shorten(`${before}${shorten(name, room)}${after}`, channelTopicMaxLength);
}
