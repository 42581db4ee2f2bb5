/**
 * The Slack Web API base the user typed (tests use a loopback server; Enterprise Grid may use its own). The
 * token travels with every call, so it may go only over https, or over plain http to this machine itself.
 */

export class SlackApiUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SlackApiUrlError';
  }
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The URL as WebClient wants it (ending in `/`); throws SlackApiUrlError with what to fix. */
export function checkSlackApiUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new SlackApiUrlError(
      `“${raw}” is not a web address. Use https://slack.com/api/ unless told otherwise.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SlackApiUrlError('The Slack API address must start with https://.');
  }
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    throw new SlackApiUrlError(
      'The Slack API address must use https:// (plain http:// only to this computer, 127.0.0.1).',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new SlackApiUrlError('The Slack API address must not contain a user name or password.');
  }
  if (url.search !== '' || url.hash !== '') {
    throw new SlackApiUrlError('The Slack API address must not contain ? or #.');
  }
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`;
}
