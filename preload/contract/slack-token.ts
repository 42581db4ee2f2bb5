/**
 * What a pasted Slack token must look like before War Room sends it anywhere. Renderer and main read the same
 * rule: the dialog says what is wrong in the IC's words, main refuses the same tokens as bad input.
 */

/** Slack's access tokens: a bot (xoxb-) or user (xoxp-) token, `xoxe.` in front when the app rotates them. */
export const slackTokenPattern = /^(?:xoxe\.)?xox[bp]-[A-Za-z0-9-]+$/;
export const slackTokenLength = { min: 12, max: 300 } as const;

/** Why a pasted token cannot be a Slack access token; each has its own sentence in the dialog. */
export type SlackTokenProblem =
  'empty' | 'inner-space' | 'app-token' | 'not-bot-token' | 'odd-characters' | 'too-short' | 'too-long';

/**
 * The token as it will be sent (surrounding spaces and line breaks dropped: a copy from a terminal or a
 * password manager often brings them), or what is wrong with it.
 */
export function checkSlackToken(
  pasted: string,
): { token: string; problem?: undefined } | { token?: undefined; problem: SlackTokenProblem } {
  const token = pasted.trim();
  if (token === '') return { problem: 'empty' };
  if (/\s/.test(token)) return { problem: 'inner-space' };
  if (token.startsWith('xapp-')) return { problem: 'app-token' };
  if (!/^(?:xoxe\.)?xox[bp]-/.test(token)) return { problem: 'not-bot-token' };
  if (!slackTokenPattern.test(token)) return { problem: 'odd-characters' };
  if (token.length < slackTokenLength.min) return { problem: 'too-short' };
  if (token.length > slackTokenLength.max) return { problem: 'too-long' };
  return { token };
}
