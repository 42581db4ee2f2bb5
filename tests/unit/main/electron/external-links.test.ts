import { describe, expect, it } from 'vitest';
import { createExternalLinkOpener, isAllowedExternalLink } from '../../../../main/electron/external-links';

describe('links the cockpit opens in the browser', () => {
  it.each([
    'https://acme.slack.com/archives/C0123ABCD/p1700000000000100',
    'https://app.slack.com/client/T0123/C0123ABCD',
    'https://slack.com/help',
  ])('opens %s, a Slack page', (url) => {
    expect(isAllowedExternalLink(url, null)).toBe(true);
  });

  it("opens the connected workspace's own address, even on an Enterprise Grid domain", () => {
    expect(
      isAllowedExternalLink('https://chat.acme.example/archives/C1/p1', 'https://chat.acme.example/'),
    ).toBe(true);
    expect(isAllowedExternalLink('https://chat.acme.example/archives/C1/p1', 'https://acme.slack.com/')).toBe(
      false,
    );
  });

  it.each([
    ['plain http', 'http://acme.slack.com/archives/C1'],
    ['a look-alike domain', 'https://slack.com.evil.example/'],
    ['a domain ending in slack.com', 'https://notslack.com/'],
    ['credentials hiding the host', 'https://slack.com@evil.example/'],
    ['another port', 'https://acme.slack.com:8443/'],
    ['a file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['another site', 'https://example.com/'],
    ['nonsense', 'not a url'],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalLink(url, 'https://acme.slack.com/')).toBe(false);
  });

  it('refuses a workspace address that is not https', () => {
    expect(isAllowedExternalLink('https://intranet.example/', 'http://intranet.example/')).toBe(false);
  });
});

describe('opening an allowed link in the browser', () => {
  function opener(workspaceUrl: string | null) {
    const opened: string[] = [];
    const open = createExternalLinkOpener(
      async () => workspaceUrl,
      async (url) => {
        opened.push(url);
      },
    );
    return { open, opened };
  }

  it("hands a link to the connected workspace to the browser, read from Slack's settings at the click", async () => {
    const { open, opened } = opener('https://chat.acme.example/');
    expect(await open('https://chat.acme.example/archives/C1/p1')).toBe(true);
    expect(opened).toEqual(['https://chat.acme.example/archives/C1/p1']);
  });

  it('keeps every other link away from the browser', async () => {
    const { open, opened } = opener(null);
    expect(await open('https://chat.acme.example/archives/C1/p1')).toBe(false);
    expect(await open('https://example.com/')).toBe(false);
    expect(opened).toEqual([]);
  });
});
