import { describe, expect, it } from 'vitest';
import { checkChannels, looksLikeTypedChannelId } from '../../../../../renderer/src/domain/broadcasts/rules';
import { slackMethods } from '../../../../../preload/contract/slack';

describe('channel ids Slack returned', () => {
  it('are stored exactly as given, lower case or longer than usual included', () => {
    expect(
      checkChannels([
        { channelId: 'c0lower9id', channelName: 'lower' },
        { channelId: 'C0123456789ABCDEFGHIJ', channelName: 'long' },
      ]),
    ).toEqual([
      { channelId: 'c0lower9id', channelName: 'lower' },
      { channelId: 'C0123456789ABCDEFGHIJ', channelName: 'long' },
    ]);
  });

  it('pass the bridge contract, so War Room can post to them', () => {
    const post = slackMethods['slack:post-message'].input;
    const message = {
      drill: false,
      text: 'x',
      blocks: [],
      metadata: { event_type: 'e', event_payload: { broadcast_id: 'b' } },
    };
    expect(post.safeParse({ ...message, channel: 'c0lower9id' }).success).toBe(true);
    expect(post.safeParse({ ...message, channel: 'C0123456789ABCDEFGHIJ' }).success).toBe(true);
    expect(post.safeParse({ ...message, channel: '#general' }).success).toBe(false);
    expect(post.safeParse({ ...message, channel: 'C01 23' }).success).toBe(false);
  });
});

describe('channel ids the IC typed', () => {
  it('take Slack’s usual shapes and unusual ones alike', () => {
    for (const typed of ['C0123ABCD', ' G0999ZZZZ ', 'D0123ABCD', 'c0lower9id', 'C0123456789ABCDEFGHIJ'])
      expect(looksLikeTypedChannelId(typed), typed).toBe(true);
  });

  it('refuse a channel name or anything with punctuation', () => {
    for (const typed of ['general', '#general', 'incidents', 'exec-updates', 'C012 3ABCD', '', 'C01'])
      expect(looksLikeTypedChannelId(typed), typed).toBe(false);
  });
});
