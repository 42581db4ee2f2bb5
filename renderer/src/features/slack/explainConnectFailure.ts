import type { TFunction } from 'i18next';
import type { BridgeError } from '../../../../preload/contract';
import type { SlackTokenProblem } from '../../../../preload/contract/slack-token';
import { explainFailure } from '../broadcasts/explainFailure';

/**
 * Slack's refusals of a token while the IC is connecting: worded for a token just pasted, not for a saved one
 * behind a failed send ("paste it again here", never "send again").
 */
const connectFailures = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'not_allowed_token_type',
]);

/** What went wrong when connecting, and what to do in the dialog itself. */
export function explainConnectFailure(
  t: TFunction,
  error: Pick<BridgeError, 'code' | 'message' | 'slackError' | 'neededScope'>,
): string {
  if (error.code === 'auth' && error.slackError !== undefined && connectFailures.has(error.slackError)) {
    return t(`slack.connectFailures.${error.slackError}`);
  }
  return explainFailure(t, error);
}

/** What is wrong with a pasted token, before anything is sent to Slack. */
export function explainTokenProblem(t: TFunction, problem: SlackTokenProblem): string {
  return t(`slack.tokenProblems.${problem}`);
}
