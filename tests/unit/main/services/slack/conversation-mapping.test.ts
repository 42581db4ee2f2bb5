/** What the import takes from a Slack message, and the link it builds to it. */
import { describe, expect, it } from 'vitest';
import {
  opensThread,
  permalinkOf,
  toChannelMessage,
} from '../../../../../main/services/slack/conversation-mapping';

const base = 'https://acme.slack.com/';

describe('permalinkOf', () => {
  it('links a message and a reply the way Slack does', () => {
    expect(permalinkOf(base, 'C0123ABCD', '1773478800.000100')).toBe(
      'https://acme.slack.com/archives/C0123ABCD/p1773478800000100',
    );
    expect(permalinkOf(base, 'C0123ABCD', '1773478805.000200', '1773478800.000100')).toBe(
      'https://acme.slack.com/archives/C0123ABCD/p1773478805000200?thread_ts=1773478800.000100&cid=C0123ABCD',
    );
  });

  it.each(['', 'not a url', 'http://acme.slack.com/', 'javascript:alert(1)'])(
    'offers no link for a workspace address %j',
    (url) => {
      expect(permalinkOf(url, 'C0123ABCD', '1773478800.000100')).toBe('');
    },
  );
});

describe('toChannelMessage', () => {
  it('names the author from the profile Slack sent, else the bot', () => {
    const profile = { display_name: '', real_name: 'Alice Ito' };
    expect(
      toChannelMessage({ ts: '1.1', user: 'U1', user_profile: profile, text: 'x' }, 'C1', base),
    ).toMatchObject({
      authorName: 'Alice Ito',
    });
    expect(
      toChannelMessage(
        { ts: '1.1', subtype: 'bot_message', bot_id: 'B1', username: 'PagerDuty', text: 'x' },
        'C1',
        base,
      ),
    ).toMatchObject({ botId: 'B1', authorName: 'PagerDuty' });
  });

  it('leaves out channel notices and messages without a usable ts', () => {
    expect(toChannelMessage({ ts: '1.1', subtype: 'channel_topic', text: 'x' }, 'C1', base)).toBeUndefined();
    expect(toChannelMessage({ ts: 'yesterday', text: 'x' }, 'C1', base)).toBeUndefined();
  });

  it('is pinned only when pinned in this channel, and keeps the War Room metadata type', () => {
    const message = {
      ts: '1.1',
      text: 'x',
      pinned_to: ['C2'],
      metadata: { event_type: 'warroom_broadcast' },
    };
    expect(toChannelMessage(message, 'C1', base)).toMatchObject({
      pinned: false,
      metadataEventType: 'warroom_broadcast',
    });
  });
});

describe('opensThread', () => {
  it('is true for a parent with replies, not for a reply or a lone message', () => {
    expect(opensThread({ ts: '1.1', thread_ts: '1.1', reply_count: 2 })).toBe(true);
    expect(opensThread({ ts: '1.2', thread_ts: '1.1' })).toBe(false);
    expect(opensThread({ ts: '1.3' })).toBe(false);
  });
});
