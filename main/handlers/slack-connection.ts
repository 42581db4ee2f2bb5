/**
 * How the Slack handlers reach Slack: the token from the platform's secret store, the API base URL from the
 * settings file, and every failure turned into a HandlerError the renderer can explain. The token never
 * leaves this module except towards Slack.
 */
import { SLACK_TOKEN_KEY, SecretStoreError } from '../services/secrets';
import { SlackServiceError, createSlackClient, type SlackClient } from '../services/slack';
import {
  SlackApiUrlError,
  createSlackSettingsStore,
  type SlackSettingsStore,
} from '../services/slack-settings';
import { slackRequestTimeoutMs } from '../../preload/contract/slack';
import { HandlerError, type HandlerContext } from './context';

export type SlackConnection = {
  settings: SlackSettingsStore;
  /** A client for the saved token; throws HandlerError('auth') when none is saved. */
  client: () => Promise<SlackClient>;
  /** A client for a token not saved yet (the one being verified). */
  clientFor: (token: string, apiUrl: string) => SlackClient;
  forgetClient: () => void;
};

/** Runs a Slack call and answers any failure as a HandlerError with Slack's code and what to do. */
export async function slackCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHandlerError(error);
  }
}

function toHandlerError(error: unknown): unknown {
  if (error instanceof HandlerError) return error;
  if (error instanceof SlackServiceError) {
    const { code, message, retryAfterSeconds, permanent, slackError, neededScope } = error.failure;
    return new HandlerError(code, message, retryAfterSeconds, {
      permanent,
      ...(slackError === undefined ? {} : { slackError }),
      ...(neededScope === undefined ? {} : { neededScope }),
    });
  }
  if (error instanceof SecretStoreError) {
    if (error.reason === 'no-encryption') {
      return new HandlerError('no_encryption', error.message, undefined, { permanent: true });
    }
    return error.reason === 'weak-storage'
      ? new HandlerError('weak_storage', error.message, undefined, { permanent: true })
      : new HandlerError('auth', error.message, undefined, {
          permanent: true,
          slackError: 'token_unreadable',
        });
  }
  if (error instanceof SlackApiUrlError) {
    return new HandlerError('bad_input', error.message, undefined, { permanent: true });
  }
  return error;
}

/** One connection per handler table: the settings file lives in the platform's data folder. */
export function createSlackConnection(context: HandlerContext): SlackConnection {
  const settings = createSlackSettingsStore(context.identity.dataFolder);
  let cached: { key: string; client: SlackClient } | undefined;

  const clientFor = (token: string, apiUrl: string): SlackClient =>
    // A post left unanswered this long counts as ambiguous; the outbox then waits out the in-flight window
    // (derived from this same timeout) before trusting that the channel does not hold it.
    createSlackClient({
      token,
      slackApiUrl: apiUrl,
      timeoutMs: context.slackRequestTimeoutMs ?? slackRequestTimeoutMs,
    });

  return {
    settings,
    clientFor,
    forgetClient: () => {
      cached = undefined;
    },
    client: async () => {
      const token = await slackCall(() => context.platform.secrets.get(SLACK_TOKEN_KEY));
      if (token === undefined) {
        throw new HandlerError(
          'auth',
          'Slack is not connected. Paste the bot token (xoxb-…) in Slack settings.',
          undefined,
          { permanent: true, slackError: 'not_authed' },
        );
      }
      const { apiUrl } = await settings.read();
      const key = `${apiUrl}\n${token}`;
      if (cached?.key !== key) cached = { key, client: clientFor(token, apiUrl) };
      return cached.client;
    },
  };
}
