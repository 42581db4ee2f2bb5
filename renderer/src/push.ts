/**
 * The push channel as the renderer hears it: main says something changed (the room's stream grew) and the
 * listener asks through the bridge. Desktop: the preload's `window.warroomPush`. Browser host: a
 * server-sent-events stream over a POST carrying the page's token, read with fetch, reopened after a
 * pause whenever it ends. A push is only a cue: whoever listens also asks on a timer, so a lost one
 * costs a few seconds, never an event.
 */
import type { PushMessage, WarRoomPush } from '../../preload/contract/push';

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    warroomPush?: WarRoomPush;
  }
}

const reopenAfterMs = 2_000;

function rpcToken(): string {
  return document.querySelector('meta[name="warroom-rpc-token"]')?.getAttribute('content') ?? '';
}

/** The `data:` lines of the event-stream text read so far; returns what is left of an unfinished event. */
function takeEvents(text: string, onData: (data: string) => void): string {
  const events = text.split('\n\n');
  const rest = events.pop() ?? '';
  for (const event of events) {
    const data = event
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice('data: '.length))
      .join('\n');
    if (data !== '') onData(data);
  }
  return rest;
}

async function readStream(signal: AbortSignal, onData: (data: string) => void): Promise<void> {
  const response = await fetch('./push', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-warroom-token': rpcToken() },
    body: '{}',
    signal,
  });
  if (!response.ok || response.body === null) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    rest = takeEvents(rest + value, onData);
  }
}

/** Hands `raw` on once the contract's schema accepts it (loaded on first use, like the bridge's). */
function deliverer(listener: (message: PushMessage) => void): (raw: unknown) => void {
  return (raw) => {
    void import('../../preload/contract/push').then(({ pushMessageSchema }) => {
      const message = pushMessageSchema.safeParse(raw);
      if (message.success) listener(message.data);
    });
  };
}

function overHttp(deliver: (raw: unknown) => void): () => void {
  const stop = new AbortController();
  const onData = (data: string) => {
    try {
      deliver(JSON.parse(data));
    } catch {
      // Not JSON: not a message of ours.
    }
  };
  void (async () => {
    while (!stop.signal.aborted) {
      await readStream(stop.signal, onData).catch(() => undefined);
      if (stop.signal.aborted) return;
      await new Promise((done) => setTimeout(done, reopenAfterMs));
    }
  })();
  return () => stop.abort();
}

/** Listens to main's push channel until the returned function is called. */
export function onPush(listener: (message: PushMessage) => void): () => void {
  const deliver = deliverer(listener);
  const desktop = window.warroomPush;
  if (desktop !== undefined) return desktop.subscribe(deliver);
  return overHttp(deliver);
}
