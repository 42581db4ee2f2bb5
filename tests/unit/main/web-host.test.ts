import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../main/web-host';

let host: WebHost;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'war-room-host-'));
  await writeFile(
    join(folder, 'index.html'),
    '<meta property="csp-nonce" nonce="__WARROOM_CSP_NONCE__"><meta name="warroom-rpc-token" content="__WARROOM_RPC_TOKEN__">',
  );
  host = await startWebHost({ port: 0, dataFolder: join(folder, 'data'), rendererFolder: folder });
});
afterAll(async () => {
  await host.close();
  await rm(folder, { recursive: true, force: true });
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** Raw HTTP, so tests can send what a browser would not (a foreign Host header, no Origin). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  const url = new URL(path, host.url);
  return new Promise((done, fail) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const rpc = (headers: Record<string, string>, body = '{}') =>
  send('/rpc/app:info', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('the browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the page with a fresh nonce, the CSP header and the per-launch token', async () => {
    const first = await send('/');
    const second = await send('/');
    expect(first.status).toBe(200);
    const nonce = /nonce="([^"]+)"/.exec(first.body)?.[1];
    expect(nonce).toBeDefined();
    expect(first.headers['content-security-policy']).toContain(`'nonce-${nonce}'`);
    expect(second.body).not.toContain(`nonce="${nonce}"`);
    expect(first.body).toContain(`content="${host.token}"`);
  });

  it('answers app:info to our own page with the token', async () => {
    const reply = await rpc({ origin: host.origin, 'x-warroom-token': host.token });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { transport: 'browser-host', name: 'War Room' },
    });
  });

  it('refuses a request without the token', async () => {
    const reply = await rpc({ origin: host.origin });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong token', async () => {
    expect((await rpc({ origin: host.origin, 'x-warroom-token': 'guess' })).status).toBe(403);
  });

  it('refuses a request from another origin, even with the token', async () => {
    expect((await rpc({ origin: 'https://evil.example', 'x-warroom-token': host.token })).status).toBe(403);
    expect((await rpc({ 'x-warroom-token': host.token })).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send('/', { headers: { host: 'evil.example:80' } });
    expect(reply.status).toBe(421);
  });

  it('refuses non-JSON and oversized bodies', async () => {
    const auth = { origin: host.origin, 'x-warroom-token': host.token };
    const form = await send('/rpc/app:info', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    expect((await rpc(auth, JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }))).status).toBe(413);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await send('/%2e%2e/%2e%2e/etc/passwd.txt')).status).toBe(404);
  });
});
