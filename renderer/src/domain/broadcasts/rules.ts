/** What the IC may set about broadcasts: checked before anything is recorded, and when stored values are read. */
import { z } from 'zod';
import { DomainError } from '../errors';
import { severities } from '../incident/types';
import { defaultCadence, type Cadence } from './cadence';
import { cadenceBounds, type CadenceChoice, type ChannelRef } from './plan';

const minutes = z.number().int().min(cadenceBounds.minMinutes).max(cadenceBounds.maxMinutes);
const cadenceSchema = z.object(
  Object.fromEntries(severities.map((s) => [s, minutes.nullable()])) as Record<
    (typeof severities)[number],
    z.ZodNullable<typeof minutes>
  >,
);

/** A team cadence as typed; refuses intervals outside 1 minute … 24 hours. */
export function checkCadence(value: Cadence): Cadence {
  const parsed = cadenceSchema.safeParse(value);
  if (!parsed.success) {
    throw new DomainError('cadence-out-of-range', {
      min: cadenceBounds.minMinutes,
      max: cadenceBounds.maxMinutes,
    });
  }
  return parsed.data;
}

/** The stored team cadence, or the default when none (or something unreadable) is stored. */
export function readCadence(value: unknown): Cadence {
  const parsed = cadenceSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultCadence;
}

/** An incident's cadence choice; a fixed interval must lie within the same bounds as the team's. */
export function checkCadenceChoice(choice: CadenceChoice): CadenceChoice {
  if (choice.kind !== 'every') return choice;
  if (!minutes.safeParse(choice.minutes).success) {
    throw new DomainError('cadence-out-of-range', {
      min: cadenceBounds.minMinutes,
      max: cadenceBounds.maxMinutes,
    });
  }
  return choice;
}

/**
 * Any channel id Slack may give: letters and digits. Slack's are C…/G… in upper case today, but an id that
 * conversations.list returned is Slack's own and is kept exactly as given (its case included).
 */
export const channelIdPattern = /^[A-Za-z0-9]{2,64}$/;

/**
 * A channel id the IC typed: C, G or D first and a digit somewhere, so a channel name ("general") is caught
 * before it is stored. Loose on purpose: Slack decides in the end, and its answer names the channel.
 */
export function looksLikeTypedChannelId(typed: string): boolean {
  const id = typed.trim();
  return channelIdPattern.test(id) && /^[CGD]/i.test(id) && /\d/.test(id) && id.length >= 7;
}

/** Stakeholder channels without duplicates; refuses anything that cannot be a Slack channel id. */
export function checkChannels(channels: readonly ChannelRef[]): ChannelRef[] {
  const seen = new Map<string, ChannelRef>();
  for (const channel of channels) {
    const channelId = channel.channelId.trim();
    if (!channelIdPattern.test(channelId))
      throw new DomainError('bad-channel-id', { value: channel.channelId });
    const channelName = channel.channelName.trim().replace(/^#/, '') || channelId;
    if (!seen.has(channelId)) seen.set(channelId, { channelId, channelName });
  }
  return [...seen.values()];
}
