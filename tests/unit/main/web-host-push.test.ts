/**
 * The browser host's push channel: a server-sent-events stream that only our own page with this launch's
 * token can open, carrying each message main emits, as it is emitted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { browserHostPlatform } from '../../../main/services/browser-platform';
import type { PushHub } from '../../../main/services/push';
import { startWebHost, type WebHost } from '../../../main/web-host';

let host: WebHost;
let folder: string;
let hub: PushHub | undefined;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'war-room-push-'));
  await writeFile(join(folder, 'index.html'), '<p>War Room</p>');
  host = await startWebHost({
    port: 0,
    dataFolder: join(folder, 'data'),
    rendererFolder: folder,
    handlers: (dataFolder, push) => {
      hub = push;
      return createHandlers({
        identity: { name: 'War Room', version: '0.0.0', dataFolder, transport: 'browser-host' },
        platform: browserHostPlatform(dataFolder),
        push,
      });
    },
  });
});
afterAll(async () => {
  await host.close();
  await rm(folder, { recursive: true, force: true });
});

function openPush(headers: Record<string, string>): Promise<IncomingMessage> {
  return new Promise((done, fail) => {
    const req = request(new URL('/push', host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', done);
    req.on('error', fail);
    req.end('{}');
  });
}

/** Reads the stream until `wanted` has arrived, then closes it. */
function readUntil(response: IncomingMessage, wanted: string): Promise<string> {
  return new Promise((done) => {
    let text = '';
    response.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes(wanted)) {
        response.destroy();
        done(text);
      }
    });
  });
}

describe('the push channel of the browser host', () => {
  it('refuses a page without the token, or from another origin', async () => {
    const noToken = await openPush({ origin: host.origin });
    expect(noToken.statusCode).toBe(403);
    noToken.resume();
    const elsewhere = await openPush({ origin: 'http://evil.example', 'x-warroom-token': host.token });
    expect(elsewhere.statusCode).toBe(403);
    elsewhere.resume();
  });

  it('streams each message main emits to our own page', async () => {
    const response = await openPush({ origin: host.origin, 'x-warroom-token': host.token });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    const heard = readUntil(response, 'room-changed');
    // The stream is open once its first comment has been written; emit after that.
    await new Promise((resolve) => setTimeout(resolve, 50));
    hub?.emit({ kind: 'room-changed' });
    expect(await heard).toContain('data: {"kind":"room-changed"}\n\n');
  });
});
