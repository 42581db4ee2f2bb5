/**
 * The last line that keeps a drill out of real channels. The renderer already sends a drill's updates only to
 * the drill channel (or keeps them in War Room), but a renderer with a bug, a stale outbox row or a hand-made
 * bridge call must not be able to page real stakeholders with a practice incident: main, which alone holds the
 * token, refuses here whatever the renderer says.
 */
import { drillMessagePrefix, type DrillChannel } from '../../../preload/contract/slack';

export type DrillPost = { channel: string; text: string; drill: boolean };

/** Why a post was refused: said to the IC, and named by `slackError` `drill_sandbox` for the renderer. */
export type DrillRefusal = { message: string };

/** The refusal's name, given as the bridge error's `slackError` so the renderer can explain it in its words. */
export const drillSandboxError = 'drill_sandbox';

/** Whether a message reads as a drill's: every drill message starts with the marker. */
export function isDrillText(text: string): boolean {
  return text.trimStart().startsWith(drillMessagePrefix);
}

/**
 * Null when the post may go; otherwise why not. A drill (said so, or marked so in its text) goes only to the
 * drill channel, and only marked: so even a post that forgets to say it is a drill cannot carry a "[DRILL]"
 * message into a stakeholder channel, and a drill's post without the marker is refused too.
 */
export function checkDrillPost(post: DrillPost, drillChannel: DrillChannel | null): DrillRefusal | null {
  const drill = post.drill || isDrillText(post.text);
  if (!drill) return null;
  if (drillChannel === null) {
    return {
      message:
        'This is a drill and no drill channel is set: its updates stay in War Room. Nothing was posted to Slack.',
    };
  }
  if (post.channel !== drillChannel.id) {
    return {
      message: `This is a drill: its updates go only to the drill channel #${drillChannel.name}. Nothing was posted to this channel.`,
    };
  }
  if (!isDrillText(post.text)) {
    return { message: `A drill's message must start with ${drillMessagePrefix}. Nothing was posted.` };
  }
  return null;
}
