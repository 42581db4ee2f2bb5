/**
 * How a drill's stakeholder updates are kept out of real channels. A drill never uses the incident's
 * stakeholder channels: its updates go to the channel the team set for drills, or, when none is set, to the
 * drill itself (a channel that exists only in War Room: the dispatcher marks it delivered without calling
 * Slack). Main refuses any other post of a drill as well (main/services/slack/drill-guard.ts).
 */
import { drillMessagePrefix } from '../../../../preload/contract/slack';
import type { ChannelRef } from './plan';
import type { Block, BroadcastMessage } from './types';

export { drillMessagePrefix };

/**
 * Where a drill's update lands when the team set no drill channel. No Slack id looks like it (Slack's start
 * C/G/D in upper case), and the dispatcher never sends a delivery to it to Slack: it marks it delivered.
 */
export const drillSandboxChannel: ChannelRef = { channelId: 'warroomdrill', channelName: 'drill' };

/** Whether a delivery is to the drill itself (kept in War Room) rather than to a Slack channel. */
export function isDrillSandbox(channelId: string): boolean {
  return channelId === drillSandboxChannel.channelId;
}

/** The team's drill channel, as the Slack settings name it (null when none is set). */
export type DrillChannelSetting = { id: string; name: string } | null;

/**
 * The channels an update of this incident goes to: a real incident's stakeholder channels; a drill's drill
 * channel, or the drill itself. A drill never gets a stakeholder channel, whatever its plan says.
 */
export function updateChannelsFor(
  incident: { isDrill: boolean },
  stakeholderChannels: readonly ChannelRef[],
  drillChannel: DrillChannelSetting,
): ChannelRef[] {
  if (!incident.isDrill) return [...stakeholderChannels];
  if (drillChannel === null) return [drillSandboxChannel];
  return [{ channelId: drillChannel.id, channelName: drillChannel.name }];
}

/** A text marked as a drill's: the marker first, once. */
export function markedAsDrill(text: string): string {
  return text.startsWith(drillMessagePrefix) ? text : `${drillMessagePrefix} ${text}`;
}

/**
 * A drill's message: the marker starts the header (what Slack shows in bold at the top) and the fallback text
 * (what notifications and search show), so nobody who sees it anywhere takes it for a real incident.
 */
export function drillMessage(message: BroadcastMessage): BroadcastMessage {
  const blocks = message.blocks.map((block): Block =>
    block.type === 'header'
      ? { ...block, text: { ...block.text, text: markedAsDrill(block.text.text) } }
      : block,
  );
  return { blocks, text: markedAsDrill(message.text) };
}
