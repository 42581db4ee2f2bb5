/**
 * The `app://war-room` protocol: serves the built renderer to the cockpit window. Written against the
 * web-standard Request/Response that Electron's `protocol.handle` uses, with no `electron` import, so
 * the same code is unit-tested in Node against real files.
 */
import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy, personaliseIndexHtml } from '../services/csp';
import { contentTypeOf, readStaticFile, resolveStaticPath } from '../services/static-files';
import { appHost, appScheme } from './policy';

/**
 * Standard + secure makes `app://war-room` a real origin (IndexedDB, Web Locks, notifications work);
 * supportFetchAPI lets the page fetch its own assets. CSP is never bypassed, and corsEnabled stays off
 * so no other origin can read app:// responses (the page's own requests are same-origin).
 */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, bypassCSP: false },
} satisfies CustomScheme;

const commonHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** A fresh CSP nonce: one per index.html response, so an injected script cannot guess it. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...commonHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

function requestPath(requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  return url.protocol === `${appScheme}:` && url.host === appHost ? url.pathname : null;
}

/**
 * Answers one `app://` request from `rendererFolder`: files outside it (`..`, encoded or not) and other
 * hosts are not found; HTML pages get the CSP header and a fresh nonce.
 */
export async function serveAppRequest(
  request: Request,
  rendererFolder: string,
  nonce: () => string = newNonce,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const urlPath = requestPath(request.url);
  const path = urlPath === null ? null : resolveStaticPath(rendererFolder, urlPath);
  const file = path === null ? null : await readStaticFile(rendererFolder, path);
  if (path === null || file === null) return plain(404, 'Not found');
  const withBody = request.method === 'GET';
  if (extname(path).toLowerCase() !== '.html') {
    return new Response(withBody ? file : null, {
      status: 200,
      headers: { ...commonHeaders, 'content-type': contentTypeOf(path), 'cache-control': 'no-cache' },
    });
  }
  const pageNonce = nonce();
  // The desktop has no RPC token: its bridge is IPC, guarded by the sender-frame check instead.
  const html = personaliseIndexHtml(file.toString('utf8'), pageNonce, '');
  return new Response(withBody ? html : null, {
    status: 200,
    headers: {
      ...commonHeaders,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy(pageNonce),
      'cache-control': 'no-store',
    },
  });
}
