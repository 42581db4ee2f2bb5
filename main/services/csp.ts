/**
 * The Content-Security-Policy both the desktop shell and the browser host send with the app page.
 * Scripts and styles load only from our own origin or carry the per-response nonce (emotion reads it
 * from `meta[property="csp-nonce"]`), nothing may frame us, and the page talks only to its own origin.
 */
export function contentSecurityPolicy(nonce: string): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': `'self' 'nonce-${nonce}'`,
    'style-src': `'self' 'nonce-${nonce}'`,
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'manifest-src': "'self'",
    'worker-src': "'self'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
    'object-src': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Placeholder Vite writes into index.html (`html.cspNonce`); replaced by a fresh nonce per response. */
export const NONCE_PLACEHOLDER = '__WARROOM_CSP_NONCE__';
/** Placeholder for the browser host's per-launch RPC token; the desktop shell replaces it with ''. */
export const RPC_TOKEN_PLACEHOLDER = '__WARROOM_RPC_TOKEN__';

/** Fills the per-response values into the built index.html. */
export function personaliseIndexHtml(html: string, nonce: string, rpcToken: string): string {
  return html.replaceAll(NONCE_PLACEHOLDER, nonce).replaceAll(RPC_TOKEN_PLACEHOLDER, rpcToken);
}
