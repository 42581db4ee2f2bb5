/**
 * The plain-words explanation of a Slack failure: what happened and what the incident commander should do.
 * English here; the renderer may translate by `code` and `slackError`, which travel with the message.
 */
import type { SlackErrorCode } from './errors';

const specific: Record<string, string> = {
  invalid_auth: 'Slack did not accept the saved token. Paste a valid bot token (xoxb-…) in Settings › Slack.',
  not_authed: 'No Slack token is saved. Paste the bot token (xoxb-…) in Settings › Slack.',
  token_revoked:
    'The Slack token was revoked. Ask your Slack admin for a new bot token and paste it in Settings › Slack.',
  token_expired: 'The Slack token has expired. Paste a fresh bot token in Settings › Slack.',
  account_inactive:
    'The Slack app or its bot user was deactivated. Ask your Slack admin to reinstall the app, then paste its new token.',
  channel_not_found:
    'Slack cannot find that channel (it may be private, renamed or deleted). Pick the channel again in the incident settings.',
  not_in_channel:
    'The War Room bot is not a member of that channel. Invite the app in Slack (/invite followed by its name), then send again.',
  is_archived: 'That channel is archived. Unarchive it in Slack or pick another channel, then send again.',
  restricted_action: 'Your Slack workspace does not allow the bot to do this. Ask your Slack admin.',
  invalid_blocks:
    'Slack refused the message layout. Edit the broadcast (a field may be too long or empty), then send again.',
  invalid_blocks_format: 'Slack refused the message layout. Edit the broadcast, then send again.',
  msg_too_long: 'The message is longer than Slack allows (40,000 characters). Shorten it, then send again.',
  no_text: 'The message is empty. Write the update, then send again.',
  invalid_arguments: 'Slack refused the request as malformed. Edit the broadcast, then send again.',
  invalid_metadata_format:
    'Slack refused the message’s tracking data. This is a War Room fault; please report it.',
  name_taken: 'A channel with that name already exists in Slack. Choose another name.',
  too_long: 'The channel topic is longer than Slack allows (250 characters). Shorten it.',
};

/** Words for one failure; `slackError` picks a specific sentence when there is one. */
export function describeSlackFailure(
  code: SlackErrorCode,
  slackError?: string,
  neededScope?: string,
  retryAfterSeconds?: number,
): string {
  switch (code) {
    case 'rate_limited':
      return retryAfterSeconds === undefined
        ? 'Slack asked War Room to slow down. It will send again shortly; nothing to do.'
        : `Slack asked War Room to slow down. It will send again in ${retryAfterSeconds} s; nothing to do.`;
    case 'ambiguous':
      return 'Slack did not confirm in time, so the message or change may or may not have gone through. War Room checks the channel before sending again, so nothing is posted twice.';
    case 'transient':
      return slackError === 'unreachable'
        ? 'Slack could not be reached; nothing was sent. War Room will try again; check the network if this keeps happening.'
        : 'Slack had a temporary problem; nothing was changed. War Room will try again.';
    case 'auth':
      if (slackError === 'missing_scope') {
        const scope = neededScope ?? 'a permission';
        return `The Slack app lacks the permission “${scope}”. Ask your Slack admin to add ${scope} to the app and reinstall it, then verify the token again.`;
      }
      return (
        (slackError && specific[slackError]) ??
        `Slack refused the token (${slackError ?? 'unknown'}). Check the token in Settings › Slack.`
      );
    case 'channel':
      return (
        (slackError && specific[slackError]) ??
        `Slack refused that channel (${slackError ?? 'unknown'}). Pick another channel.`
      );
    case 'payload':
      return (
        (slackError && specific[slackError]) ??
        `Slack refused the request (${slackError ?? 'unknown'}). Sending it again as is will not help; edit it or report the problem.`
      );
  }
}
