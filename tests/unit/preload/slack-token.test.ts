import { describe, expect, it } from 'vitest';
import { checkSlackToken } from '../../../preload/contract/slack-token';
import { slackMethods } from '../../../preload/contract/slack';

const bot = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp';

describe('a pasted Slack token', () => {
  it('is sent without the spaces and line breaks around it', () => {
    expect(checkSlackToken(`  ${bot}\n`)).toEqual({ token: bot });
    expect(checkSlackToken(`\t${bot}\r\n`)).toEqual({ token: bot });
  });

  it('may be a bot, user or rotating token', () => {
    for (const token of [bot, 'xoxp-1234-5678-abcdef', 'xoxe.xoxb-1-abcdefghijkl'])
      expect(checkSlackToken(token)).toEqual({ token });
  });

  it('says what is wrong with one that cannot be a Slack token', () => {
    expect(checkSlackToken(' \n ')).toEqual({ problem: 'empty' });
    expect(checkSlackToken('xoxb-1234567890\n-0987654321')).toEqual({ problem: 'inner-space' });
    expect(checkSlackToken('xapp-1-A0123-456-abcdef')).toEqual({ problem: 'app-token' });
    expect(checkSlackToken('xoxa-2-1234567890')).toEqual({ problem: 'not-bot-token' });
    expect(checkSlackToken('Bearer xoxb-1234')).toEqual({ problem: 'inner-space' });
    expect(checkSlackToken(`"${bot}"`)).toEqual({ problem: 'not-bot-token' });
    expect(checkSlackToken(`${bot}"`)).toEqual({ problem: 'odd-characters' });
    expect(checkSlackToken('xoxb-123')).toEqual({ problem: 'too-short' });
    expect(checkSlackToken(`xoxb-${'a'.repeat(400)}`)).toEqual({ problem: 'too-long' });
  });

  it('is refused by the bridge contract in the same cases, and trimmed when it passes', () => {
    const save = slackMethods['slack:save-token'].input;
    expect(save.parse({ token: `${bot}\n` }).token).toBe(bot);
    expect(save.safeParse({ token: `${bot}"` }).success).toBe(false);
    expect(save.safeParse({ token: 'xapp-1-A0123-456-abcdef' }).success).toBe(false);
  });
});
