/**
 * The renderer's one way to the main process. On the desktop the preload exposes `window.warroom`;
 * in the browser host the same methods go over HTTP with the per-launch token the host wrote into
 * the page. The rest of the renderer never knows which; answers are parsed with the contract either way.
 */
import {
  contract,
  type BridgeResult,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type WarRoomBridge,
} from '../../preload/contract';

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    warroom?: WarRoomBridge;
  }
}

function rpcToken(): string {
  return document.querySelector('meta[name="warroom-rpc-token"]')?.getAttribute('content') ?? '';
}

async function overHttp(method: MethodName, input: unknown): Promise<unknown> {
  try {
    const response = await fetch(`./rpc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-warroom-token': rpcToken() },
      body: JSON.stringify(input),
    });
    return await response.json();
  } catch {
    return { ok: false, error: { code: 'transient', message: 'The War Room host is not reachable.' } };
  }
}

/** Calls a main-process method; never throws, answers `{ ok: false, error }` instead. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<BridgeResult<MethodOutput<M>>> {
  const desktop = window.warroom;
  const raw: unknown = desktop ? await desktop[method](input) : await overHttp(method, input);
  const envelope = raw as { ok?: unknown; value?: unknown; error?: unknown };
  if (envelope.ok === true) {
    const value = contract[method].output.safeParse(envelope.value);
    if (value.success) return { ok: true, value: value.data as MethodOutput<M> };
  } else if (envelope.ok === false && typeof envelope.error === 'object' && envelope.error !== null) {
    return raw as BridgeResult<MethodOutput<M>>;
  }
  return { ok: false, error: { code: 'internal', message: `Unexpected answer to ${method}.` } };
}
