import type { TFunction } from 'i18next';
import type { DeliveryError } from '../../domain/broadcasts/outbox';
import { describeBridgeError } from '../../app/bridgeErrors';

/** Slack errors the cockpit explains one by one; any other failure is explained by its code. */
const explained = new Set([
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'token_unreadable',
  'account_inactive',
  'missing_scope',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
]);

/** What went wrong and what to do, for a delivery Slack refused. `bot` names the app for `/invite`. */
export function explainFailure(
  t: TFunction,
  error: Pick<DeliveryError, 'code' | 'message' | 'slackError' | 'neededScope' | 'retryAfterSeconds'>,
  bot = 'War Room',
): string {
  // Not Slack's refusal but the desktop's: its OS offers no encryption to keep the token with.
  if (error.code === 'no_encryption') return t('slack.noEncryption');
  const slackError = error.slackError;
  // Main refused a drill's post to a channel that is not the drill channel (main/services/slack/drill-guard.ts).
  if (slackError === 'drill_sandbox') return t('drillSandbox.refused');
  if (slackError === undefined || !explained.has(slackError)) return describeBridgeError(t, error);
  return t(`broadcasts.failures.${slackError}`, { scope: error.neededScope ?? '?', bot });
}
