import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, personaliseIndexHtml } from '../../../../main/services/csp';

describe('content security policy', () => {
  const csp = contentSecurityPolicy('abc123');
  it('allows scripts and styles only from our origin or with the nonce', () => {
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
  it('denies everything else by default, framing and plugins included', () => {
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self'");
  });
  it('fills the nonce and token placeholders', () => {
    const html =
      '<meta nonce="__WARROOM_CSP_NONCE__"><meta content="__WARROOM_RPC_TOKEN__"><script nonce="__WARROOM_CSP_NONCE__">';
    expect(personaliseIndexHtml(html, 'N', 'T')).toBe('<meta nonce="N"><meta content="T"><script nonce="N">');
  });
});
