import type { TFunction } from 'i18next';
import type { DeliveryError } from '../../domain/broadcasts/outbox';

/** Slack errors the cockpit explains in the IC's language; anything else keeps main's English explanation. */
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
  error: Pick<DeliveryError, 'code' | 'message' | 'slackError' | 'neededScope'>,
  bot = 'War Room',
): string {
  // Not Slack's refusal but the desktop's: its OS offers no encryption to keep the token with.
  if (error.code === 'no_encryption') return t('slack.noEncryption');
  const slackError = error.slackError;
  if (slackError === undefined || !explained.has(slackError)) return error.message;
  return t(`broadcasts.failures.${slackError}`, { scope: error.neededScope ?? '?', bot });
}
