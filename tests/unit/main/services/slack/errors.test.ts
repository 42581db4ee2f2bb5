/** The pure mapping from whatever the SDK throws to War Room's codes, one SDK error shape at a time. */
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import {
  mapSlackError,
  networkErrorCode,
  SlackServiceError,
} from '../../../../../main/services/slack/errors';

const platform = (error: string, extra: Record<string, unknown> = {}) =>
  new WebAPIPlatformError({ ok: false, error, ...extra });

function fetchFailure(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

describe('mapSlackError', () => {
  it.each([
    ['invalid_auth', 'auth'],
    ['not_authed', 'auth'],
    ['token_revoked', 'auth'],
    ['account_inactive', 'auth'],
    ['channel_not_found', 'channel'],
    ['not_in_channel', 'channel'],
    ['is_archived', 'channel'],
    ['invalid_blocks', 'payload'],
    ['msg_too_long', 'payload'],
    ['no_text', 'payload'],
    ['invalid_arguments', 'payload'],
    ['some_future_error', 'payload'],
  ])('Slack error %s → %s, permanent', (slackError, code) => {
    expect(mapSlackError(platform(slackError), 'write')).toMatchObject({ code, permanent: true, slackError });
  });

  it('missing_scope names the scope in the failure and in the words for the IC', () => {
    const failure = mapSlackError(
      platform('missing_scope', { needed: 'channels:manage', provided: 'chat:write' }),
      'write',
    );
    expect(failure).toMatchObject({ code: 'auth', neededScope: 'channels:manage' });
    expect(failure.message).toBe(
      'The Slack app lacks the permission “channels:manage”. Ask your Slack admin to add channels:manage to the app and reinstall it, then verify the token again.',
    );
  });

  it('a rate-limited call carries Retry-After and is worth retrying', () => {
    expect(mapSlackError(new WebAPIRateLimitedError(12), 'write')).toEqual({
      code: 'rate_limited',
      permanent: false,
      slackError: 'ratelimited',
      retryAfterSeconds: 12,
      message: 'Slack asked War Room to slow down. It will send again in 12 s; nothing to do.',
    });
  });

  it.each([
    ['write', 'ambiguous'],
    ['read', 'transient'],
  ] as const)('HTTP 500, timeout, reset connection and internal_error on a %s → %s', (kind, code) => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    for (const error of [
      new WebAPIHTTPError(500, 'Internal Server Error', {}, ''),
      new WebAPIHTTPError(503, 'Service Unavailable', {}, ''),
      new WebAPIRequestError(timeout),
      new WebAPIRequestError(fetchFailure('UND_ERR_SOCKET')),
      new WebAPIRequestError(fetchFailure('ECONNRESET')),
      platform('internal_error'),
      platform('fatal_error'),
      new Error('something unexpected'),
    ]) {
      expect(mapSlackError(error, kind), String(error)).toMatchObject({ code, permanent: false });
    }
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])(
    '%s means nothing was sent: transient even for a post, and named unreachable',
    (networkCode) => {
      expect(mapSlackError(new WebAPIRequestError(fetchFailure(networkCode)), 'write')).toMatchObject({
        code: 'transient',
        slackError: 'unreachable',
      });
    },
  );

  it('a 4xx page other than 429 is a permanent refusal', () => {
    expect(mapSlackError(new WebAPIHTTPError(404, 'Not Found', {}, ''), 'write')).toMatchObject({
      code: 'payload',
      permanent: true,
    });
  });

  it('service_unavailable is transient whatever the call', () => {
    expect(mapSlackError(platform('service_unavailable'), 'write')).toMatchObject({
      code: 'transient',
      permanent: false,
    });
  });

  it('a failure already mapped passes through unchanged', () => {
    const failure = mapSlackError(platform('is_archived'), 'write');
    expect(mapSlackError(new SlackServiceError(failure), 'read')).toBe(failure);
  });

  it('every failure has words for the IC', () => {
    for (const code of ['invalid_auth', 'not_in_channel', 'msg_too_long', 'internal_error', 'zzz']) {
      expect(mapSlackError(platform(code), 'write').message.length).toBeGreaterThan(30);
    }
  });
});

describe('networkErrorCode', () => {
  it('digs the code out of an AggregateError inside the cause', () => {
    const aggregate = new AggregateError(
      [Object.assign(new Error('v6'), { code: 'ECONNREFUSED' })],
      'connect',
    );
    expect(networkErrorCode(new TypeError('fetch failed', { cause: aggregate }))).toBe('ECONNREFUSED');
  });
});
