/**
 * What went wrong with a Slack call, in War Room's codes and in plain words for the incident commander.
 * Pure: it reads the error the SDK threw (by shape, not by class) and decides whether the outbox may retry
 * and whether a retry could post twice.
 */
import { ErrorCode } from '@slack/web-api';
import { describeSlackFailure } from './messages';

export type SlackErrorCode = 'auth' | 'channel' | 'payload' | 'rate_limited' | 'transient' | 'ambiguous';

export type SlackFailure = {
  code: SlackErrorCode;
  /** True when sending the same thing again cannot succeed until someone changes something. */
  permanent: boolean;
  /** What happened and what to do, for the IC. */
  message: string;
  /** Slack's own error code (`not_in_channel`), when Slack gave one. */
  slackError?: string;
  /** For `missing_scope`: the permission the Slack app lacks. */
  neededScope?: string;
  retryAfterSeconds?: number;
};

/**
 * `write` when the call changes something in Slack (posting, creating a channel): then an unanswered request
 * may have taken effect, which is `ambiguous`. A `read` that goes unanswered is merely `transient`.
 */
export type CallKind = 'read' | 'write';

/** Thrown by the Slack service so callers get our codes, never the SDK's errors. */
export class SlackServiceError extends Error {
  readonly code: SlackErrorCode;
  constructor(readonly failure: SlackFailure) {
    super(failure.message);
    this.name = 'SlackServiceError';
    this.code = failure.code;
  }
}

const authErrors = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'missing_scope',
  'no_permission',
  'not_allowed_token_type',
  'ekm_access_denied',
  'access_denied',
  'team_access_not_granted',
  'org_login_required',
]);
const channelErrors = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'restricted_action']);
const rateLimitErrors = new Set(['ratelimited', 'rate_limited']);
/** Slack's docs: "it's possible some aspect of the operation succeeded before the error was raised". */
const maybeDoneErrors = new Set(['internal_error', 'fatal_error']);
const unavailableErrors = new Set(['service_unavailable', 'request_timeout']);
/** Failures to open a connection: the request never left this machine. */
const notSentNetworkCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function unanswered(kind: CallKind, slackError?: string): SlackFailure {
  const code = kind === 'write' ? 'ambiguous' : 'transient';
  return {
    code,
    permanent: false,
    message: describeSlackFailure(code, slackError),
    ...(slackError ? { slackError } : {}),
  };
}

function fromPlatformError(data: Record<string, unknown>, kind: CallKind): SlackFailure {
  const slackError = typeof data.error === 'string' ? data.error : 'unknown_error';
  if (maybeDoneErrors.has(slackError)) return unanswered(kind, slackError);
  if (rateLimitErrors.has(slackError)) {
    const metadata = isRecord(data.response_metadata) ? data.response_metadata : {};
    const retryAfter = typeof metadata.retryAfter === 'number' ? metadata.retryAfter : undefined;
    return rateLimited(retryAfter);
  }
  const code: SlackErrorCode = authErrors.has(slackError)
    ? 'auth'
    : channelErrors.has(slackError)
      ? 'channel'
      : unavailableErrors.has(slackError)
        ? 'transient'
        : 'payload';
  const neededScope =
    slackError === 'missing_scope' && typeof data.needed === 'string' ? data.needed : undefined;
  return {
    code,
    permanent: code !== 'transient',
    message: describeSlackFailure(code, slackError, neededScope),
    slackError,
    ...(neededScope ? { neededScope } : {}),
  };
}

function rateLimited(retryAfterSeconds: number | undefined): SlackFailure {
  return {
    code: 'rate_limited',
    permanent: false,
    message: describeSlackFailure('rate_limited', 'ratelimited', undefined, retryAfterSeconds),
    slackError: 'ratelimited',
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/** The network error code buried in fetch's `cause` chain (undici nests it, sometimes in an AggregateError). */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && isRecord(current); depth += 1) {
    if (typeof current.code === 'string' && !current.code.startsWith('slack_')) return current.code;
    const first = Array.isArray(current.errors) ? (current.errors[0] as unknown) : undefined;
    if (isRecord(first) && typeof first.code === 'string') return first.code;
    current = current.cause;
  }
  return undefined;
}

function fromRequestError(original: unknown, kind: CallKind): SlackFailure {
  if (isRecord(original) && (original.name === 'TimeoutError' || original.name === 'AbortError')) {
    return unanswered(kind, 'timeout');
  }
  const networkCode = networkErrorCode(original);
  if (networkCode && notSentNetworkCodes.has(networkCode)) {
    // Named, so the cockpit can tell "Slack not reachable" from Slack answering with an error.
    return {
      code: 'transient',
      permanent: false,
      message: describeSlackFailure('transient', 'unreachable'),
      slackError: 'unreachable',
    };
  }
  return unanswered(kind, 'connection_lost');
}

/** Maps anything a Slack call threw to our code, whether retrying is useful, and what to tell the IC. */
export function mapSlackError(error: unknown, kind: CallKind): SlackFailure {
  if (error instanceof SlackServiceError) return error.failure;
  if (!isRecord(error)) return unanswered(kind);
  switch (error.code) {
    case ErrorCode.PlatformError:
      return fromPlatformError(isRecord(error.data) ? error.data : {}, kind);
    case ErrorCode.RateLimitedError:
      return rateLimited(typeof error.retryAfter === 'number' ? error.retryAfter : undefined);
    case ErrorCode.RequestError:
      return fromRequestError(error.original, kind);
    case ErrorCode.HTTPError: {
      const status = typeof error.statusCode === 'number' ? error.statusCode : 0;
      if (status >= 500 || status === 408) return unanswered(kind, `http_${status}`);
      if (status === 429) return rateLimited(undefined);
      return {
        code: 'payload',
        permanent: true,
        message: describeSlackFailure('payload', `http_${status}`),
        slackError: `http_${status}`,
      };
    }
    default:
      // With rejectRateLimitedCalls the SDK throws a plain Error for a 429 whose Retry-After it cannot read.
      if (typeof error.message === 'string' && error.message.includes('Retry header did not contain'))
        return rateLimited(undefined);
      return unanswered(kind);
  }
}
