import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../../main/web-host';

let host: WebHost;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'war-room-host-backups-'));
  await writeFile(
    join(folder, 'index.html'),
    '<meta name="warroom-rpc-token" content="__WARROOM_RPC_TOKEN__">',
  );
  host = await startWebHost({ port: 0, dataFolder: join(folder, 'data'), rendererFolder: folder });
});
afterAll(async () => {
  await host.close();
  await rm(folder, { recursive: true, force: true });
});

async function rpc(method: string, input: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${host.url}rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: host.origin, 'x-warroom-token': host.token },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

describe('snapshots through the browser host', () => {
  it('takes a whole-database snapshot bigger than an ordinary request, into <data-dir>/backups', async () => {
    // A real backup is JSON: every quote is escaped again on the wire, so 6 MB of it travels as more.
    const content = JSON.stringify({
      events: Array.from({ length: 60_000 }, (_, i) => ({ id: `e${i}`, text: 'x'.repeat(80) })),
    });
    expect(content.length).toBeGreaterThan(5 * 1024 * 1024);
    const written = await rpc('backups:write-snapshot', { content, reason: 'scheduled' });
    expect(written).toMatchObject({ status: 200, body: { ok: true, value: { bytes: content.length } } });
    expect(await readdir(join(folder, 'data', 'backups'))).toHaveLength(1);
  });

  it('keeps the ordinary cap for every other method', async () => {
    const padded = await fetch(`${host.url}rpc/backups:list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: host.origin, 'x-warroom-token': host.token },
      body: JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(padded.status).toBe(413);
  });
});
