/**
 * The NATS server addresses a team gives. Anything but loopback must be TLS: the room carries every word
 * of the incident log, and credentials travel with the connection.
 */
export type ServerProblem = 'empty' | 'not-an-address' | 'needs-tls';

export type ServerCheck =
  { ok: true; servers: string[] } | { ok: false; problem: ServerProblem; server: string };

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Reads "nats://a:4222, tls://b:4222" into a list, refusing plain connections off this machine. */
export function checkServers(text: string): ServerCheck {
  const servers = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (servers.length === 0) return { ok: false, problem: 'empty', server: '' };
  for (const server of servers) {
    let url: URL;
    try {
      url = new URL(server.includes('://') ? server : `nats://${server}`);
    } catch {
      return { ok: false, problem: 'not-an-address', server };
    }
    if (!['nats:', 'tls:'].includes(url.protocol) || url.hostname === '') {
      return { ok: false, problem: 'not-an-address', server };
    }
    if (url.protocol !== 'tls:' && !loopbackHosts.has(url.hostname)) {
      return { ok: false, problem: 'needs-tls', server };
    }
  }
  return { ok: true, servers };
}
