import { describe, expect, it } from 'vitest';
import { escapeSlackText } from '../../../../../renderer/src/domain/broadcasts/escape';

describe('escapeSlackText', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<!here>', '&lt;!here&gt;'],
    ['<!everyone>', '&lt;!everyone&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<#C0123|war-room>', '&lt;#C0123|war-room&gt;'],
    ['<https://x|y>', '&lt;https://x|y&gt;'],
  ])('keeps %s from pinging, mentioning or linking', (typed, sent) => {
    expect(escapeSlackText(typed)).toBe(sent);
  });

  it('escapes & first, so an entity typed by the IC reads exactly as typed', () => {
    expect(escapeSlackText('R&D says a < b')).toBe('R&amp;D says a &lt; b');
    expect(escapeSlackText('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });

  it('leaves everything else alone: formatting marks, quotes, accents and emoji', () => {
    const text = `*bold* _it_ ~gone~ \`code\` "quoted" 'apos' Zürich 🔥`;
    expect(escapeSlackText(text)).toBe(text);
  });
});
