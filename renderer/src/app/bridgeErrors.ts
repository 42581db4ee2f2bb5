import type { TFunction } from 'i18next';
import { isBridgeErrorCode as isCode } from './locales/bridge-errors';

/**
 * A failure the main process (or the bridge itself) answered, in the app's language, chosen by its code.
 * Main's `message` is English for logs and developers; it shows only as the detail of a refused input (which
 * field, what to fix) and for a code this renderer does not know (a newer main), rather than nothing.
 */
export function describeBridgeError(
  t: TFunction,
  error: {
    code: string;
    message: string;
    slackError?: string | undefined;
    retryAfterSeconds?: number | undefined;
  },
): string {
  if (!isCode(error.code)) return t('errors.unexpected', { message: error.message });
  const text =
    error.code === 'rate_limited' && error.retryAfterSeconds !== undefined
      ? t('errors.bridge.retryIn', { seconds: error.retryAfterSeconds })
      : t(`errors.bridge.codes.${error.code}`, { detail: error.message });
  const slackError = error.slackError;
  return slackError === undefined || slackError === '' || error.code === 'rate_limited'
    ? text
    : t('errors.bridge.slackSaid', { text, slackError });
}
