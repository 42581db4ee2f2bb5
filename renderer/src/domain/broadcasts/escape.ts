/**
 * Slack reads `&`, `<` and `>` as control characters in mrkdwn and in a message's `text`: `<!channel>` pings
 * everyone, `<@U123>` mentions a person, `<https://x|y>` disguises a link. Text typed by people must reach
 * stakeholders exactly as typed, so those three, and only those three, become HTML entities
 * (https://api.slack.com/reference/surfaces/formatting#escaping). `&` goes first so the entities we write are
 * not escaped a second time.
 */

/** Makes user text appear literally in Slack mrkdwn: no pings, no mentions, no disguised links. */
export function escapeSlackText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
