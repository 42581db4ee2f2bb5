import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemePrivileges, newNonce, serveAppRequest } from '../../../../main/electron/app-protocol';

const indexHtml = [
  '<!doctype html><html><head>',
  '<meta property="csp-nonce" nonce="__WARROOM_CSP_NONCE__" />',
  '<meta name="warroom-rpc-token" content="__WARROOM_RPC_TOKEN__" />',
  '<script type="module" nonce="__WARROOM_CSP_NONCE__" src="./assets/app.js"></script>',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

let sandbox = '';
let rendererFolder = '';

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'war-room-protocol-'));
  rendererFolder = join(sandbox, 'renderer');
  await mkdir(join(rendererFolder, 'assets'), { recursive: true });
  await writeFile(join(rendererFolder, 'index.html'), indexHtml);
  await writeFile(join(rendererFolder, 'assets', 'app.js'), 'console.log("cockpit");');
  await writeFile(join(sandbox, 'secret-token.txt'), 'xoxb-do-not-serve');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

function get(url: string, method = 'GET'): Promise<Response> {
  return serveAppRequest(new Request(url, { method }), rendererFolder, () => 'nonce-for-this-page');
}

describe('the app:// scheme', () => {
  it('is registered as a standard, secure origin with fetch and without bypassing CSP', () => {
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
    });
  });
});

describe('serving the cockpit page', () => {
  it('sends index.html with the CSP header and the same nonce written into the page', async () => {
    const response = await get('app://war-room/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'nonce-nonce-for-this-page'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain('<meta property="csp-nonce" nonce="nonce-for-this-page" />');
    expect(html).toContain('<script type="module" nonce="nonce-for-this-page" src="./assets/app.js">');
    expect(html).not.toContain('__WARROOM_CSP_NONCE__');
  });

  it('leaves no RPC token in the desktop page: its bridge is IPC', async () => {
    const html = await (await get('app://war-room/')).text();
    expect(html).toContain('<meta name="warroom-rpc-token" content="" />');
  });

  it('gives every response a fresh nonce', async () => {
    const first = await serveAppRequest(new Request('app://war-room/'), rendererFolder);
    const second = await serveAppRequest(new Request('app://war-room/'), rendererFolder);
    const nonceOf = (response: Response) =>
      /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonceOf(first)).toBeDefined();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    expect(newNonce()).not.toBe(newNonce());
  });

  it('answers a deep link of the single-page app with the cockpit page', async () => {
    const response = await get('app://war-room/incidents/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('serves built assets with their type', async () => {
    const response = await get('app://war-room/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("cockpit");');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://war-room/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('refusing what is not the cockpit', () => {
  it.each([
    ['an encoded ../ out of the renderer folder', 'app://war-room/..%2Fsecret-token.txt'],
    ['an encoded ../ with backslashes', 'app://war-room/..%5Csecret-token.txt'],
    ['dot segments', 'app://war-room/%2e%2e/secret-token.txt'],
    ['a missing asset', 'app://war-room/assets/missing.js'],
    ['another host on our scheme', 'app://elsewhere/index.html'],
    ['a NUL byte', 'app://war-room/assets/app.js%00.png'],
  ])('does not serve %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('xoxb');
  });

  it('refuses writes', async () => {
    expect((await get('app://war-room/', 'POST')).status).toBe(405);
  });
});
