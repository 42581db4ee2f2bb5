/**
 * A real NATS server with JetStream on a free loopback port, for the room tests: Debian's `nats-server`
 * (apt-get install -y nats-server) or $NATS_SERVER_PATH. Nothing here fakes NATS.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type NatsServer = { url: string; port: number; stop: () => Promise<void> };

function binary(): string {
  const path = process.env.NATS_SERVER_PATH ?? 'nats-server';
  const probe = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `No nats-server at "${path}". Install it (Debian: apt-get install -y nats-server) or set NATS_SERVER_PATH.`,
    );
  }
  return path;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function until(ready: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`nats-server did not ${what} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz?js-enabled-only=true`);
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts a server; `extra` adds flags (e.g. `--user a --pass b`). */
export async function startNatsServer(extra: string[] = []): Promise<NatsServer> {
  const path = binary();
  const store = await mkdtemp(join(tmpdir(), 'war-room-nats-'));
  const [port, monitor] = [await freePort(), await freePort()];
  const child: ChildProcess = spawn(
    path,
    ['-a', '127.0.0.1', '-p', String(port), '-m', String(monitor), '-js', '-sd', store, ...extra],
    { stdio: 'ignore' },
  );
  await until(() => answers(monitor), 'start');
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      await rm(store, { recursive: true, force: true });
    },
  };
}
