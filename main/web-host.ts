/**
 * The browser host: serves the built renderer and the same handler table as the desktop shell, on
 * 127.0.0.1 only. It is how War Room runs where the Electron binary is missing, and how the
 * end-to-end tests drive the whole app. Every RPC needs the per-launch token (written into the page
 * it serves, which other origins cannot read) and must come from our own origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { maxSnapshotBytes } from '../preload/contract/backups';
import { createHandlers, dispatch, type HandlerTable } from './handlers';
import { browserHostPlatform } from './services/browser-platform';
import { createPushHub, type PushHub } from './services/push';
import { contentSecurityPolicy, personaliseIndexHtml } from './services/csp';
import { logger } from './services/logger';
import { contentTypeOf, readStaticFile, resolveStaticPath } from './services/static-files';
import { appVersion } from './services/version';

export type WebHostOptions = {
  port?: number;
  dataFolder?: string;
  rendererFolder?: string;
  /** Builds the handler table; tests pass their own data folder through here, never a fake. */
  handlers?: (dataFolder: string, push: PushHub) => HandlerTable;
};

export type WebHost = { url: string; origin: string; token: string; close: () => Promise<void> };

const maxBodyBytes = 2 * 1024 * 1024;
/** A snapshot carries the whole database; JSON escaping its quotes can at most double it on the wire. */
const maxBodyBytesFor: Partial<Record<string, number>> = {
  'backups:write-snapshot': 2 * maxSnapshotBytes + 1024 * 1024,
};
const here = fileURLToPath(new URL('.', import.meta.url));

export function defaultDataFolder(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'war-room', 'browser-host');
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
): void {
  response.writeHead(status, {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...headers,
  });
  response.end(body);
}

function refuse(response: ServerResponse, status: number, message: string): void {
  send(response, status, JSON.stringify({ ok: false, error: { code: 'forbidden', message } }), {
    'content-type': 'application/json; charset=utf-8',
  });
}

export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  const dataFolder = resolve(options.dataFolder ?? defaultDataFolder());
  const rendererFolder = resolve(options.rendererFolder ?? join(here, '..', 'dist', 'renderer'));
  let origin = '';
  let hostHeader = '';
  const push = createPushHub();
  const table =
    options.handlers?.(dataFolder, push) ??
    createHandlers({
      identity: { name: 'War Room', version: appVersion(), dataFolder, transport: 'browser-host' },
      platform: browserHostPlatform(dataFolder),
      push,
    });

  /** Who may call: our own page, holding this launch's token (a refusal is answered here). */
  function trusted(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.headers.origin !== origin) {
      refuse(response, 403, 'Requests must come from the War Room page.');
      return false;
    }
    const given = request.headers['x-warroom-token'];
    if (!sameToken(typeof given === 'string' ? given : undefined, token)) {
      refuse(response, 403, 'Missing or wrong War Room token.');
      return false;
    }
    return true;
  }

  /**
   * The push channel as a server-sent-events stream, asked for with a POST so the page's origin and token
   * are checked like any call's. A comment line every 15 s keeps idle proxies and the page's reader awake.
   */
  function handlePush(request: IncomingMessage, response: ServerResponse): void {
    if (!trusted(request, response)) return;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
    });
    response.write(': war room push\n\n');
    const stop = push.listen((message) => response.write(`data: ${JSON.stringify(message)}\n\n`));
    const awake = setInterval(() => response.write(': awake\n\n'), 15_000);
    request.resume();
    response.on('close', () => {
      stop();
      clearInterval(awake);
    });
  }

  async function handleRpc(
    request: IncomingMessage,
    response: ServerResponse,
    method: string,
  ): Promise<void> {
    if (!trusted(request, response)) return;
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(response, 415, 'Requests must be JSON.');
    }
    const body = await readBody(request, maxBodyBytesFor[method] ?? maxBodyBytes);
    if (body === null) {
      // Stop reading an oversized upload: answer, then close the connection rather than drain it.
      response.setHeader('connection', 'close');
      response.on('finish', () => request.destroy());
      return refuse(response, 413, 'Request too large.');
    }
    let input: unknown;
    try {
      input = body === '' ? {} : JSON.parse(body);
    } catch {
      return send(
        response,
        400,
        JSON.stringify({ ok: false, error: { code: 'bad_input', message: 'Not JSON.' } }),
        {
          'content-type': 'application/json; charset=utf-8',
        },
      );
    }
    const result = await dispatch(table, method, input);
    send(response, 200, JSON.stringify(result), {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = resolveStaticPath(rendererFolder, request.url ?? '/');
    const file = path === null ? null : await readStaticFile(rendererFolder, path);
    if (path === null || file === null) {
      return send(response, 404, 'Not found', { 'content-type': 'text/plain; charset=utf-8' });
    }
    if (!path.endsWith('index.html')) {
      return send(response, 200, file, { 'content-type': contentTypeOf(path), 'cache-control': 'no-cache' });
    }
    const nonce = randomBytes(18).toString('base64');
    send(response, 200, personaliseIndexHtml(file.toString('utf8'), nonce, token), {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy(nonce),
      'cache-control': 'no-store',
    });
  }

  const server = createServer((request, response) => {
    // A page on another site can point a name at 127.0.0.1 (DNS rebinding); only our own Host is served.
    if (request.headers.host !== hostHeader) return refuse(response, 421, 'Wrong host.');
    const url = request.url ?? '/';
    const rpc = /^\/rpc\/([a-z:-]+)$/.exec(url);
    if (request.method === 'POST' && url === '/push') return handlePush(request, response);
    const work =
      request.method === 'POST' && rpc
        ? handleRpc(request, response, rpc[1] ?? '')
        : request.method === 'GET' || request.method === 'HEAD'
          ? handleStatic(request, response)
          : Promise.resolve(refuse(response, 405, 'Method not allowed.'));
    work.catch((error: unknown) => {
      logger.error('browser host request failed', error);
      if (!response.headersSent) refuse(response, 500, 'Internal error.');
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  hostHeader = `127.0.0.1:${port}`;
  origin = `http://${hostHeader}`;
  return {
    url: `${origin}/`,
    origin,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** `--port N` wins; otherwise the usual port if it is free (the browser keeps data per origin), else any free one. */
export const preferredPort = 4780;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const requested = argument('port');
  const dataFolder = argument('data-dir');
  const base = dataFolder === undefined ? {} : { dataFolder };
  let host: WebHost;
  if (requested !== undefined) {
    host = await startWebHost({ ...base, port: Number(requested) });
  } else {
    try {
      host = await startWebHost({ ...base, port: preferredPort });
    } catch {
      host = await startWebHost(base);
      logger.warn(`port ${preferredPort} is busy: the browser keeps this origin's incidents apart from it`);
    }
  }
  logger.info(`War Room is running. Open ${host.url} in Chromium or Chrome (Ctrl+C to stop).`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
