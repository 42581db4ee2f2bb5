/**
 * The renderer's one way to the main process. On the desktop the preload exposes `window.warroom`;
 * in the browser host the same methods go over HTTP with the per-launch token the host wrote into
 * the page. The rest of the renderer never knows which; answers are parsed with the contract either way.
 */
import type {
  BridgeResult,
  MethodInput,
  MethodName,
  MethodOutput,
  WarRoomBridge,
} from '../../preload/contract';

// The contract's schemas bring most of zod: fetched with the first call (which waits on main anyway),
// not before the cockpit's first paint.
const loadContract = () => import('../../preload/contract');

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

const hostUnreachable = {
  ok: false,
  error: { code: 'host_unreachable', message: 'War Room’s own service is not answering.' },
} as const;

async function overHttp(method: MethodName, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`./rpc/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-warroom-token': rpcToken() },
      body: JSON.stringify(input),
    });
  } catch {
    return hostUnreachable;
  }
  // The host refuses a stale per-launch token with 403 (it restarted since this page loaded): no
  // retry can succeed until the page is reloaded, so say exactly that instead of "try again".
  if (response.status === 403) {
    return {
      ok: false,
      error: {
        code: 'bridge_rejected',
        message: 'War Room’s service no longer accepts this window: reload it.',
      },
    };
  }
  try {
    return await response.json();
  } catch {
    return hostUnreachable;
  }
}

/** Calls a main-process method; never throws, answers `{ ok: false, error }` instead. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<BridgeResult<MethodOutput<M>>> {
  const desktop = window.warroom;
  let raw: unknown;
  try {
    raw = desktop ? await desktop[method](input) : await overHttp(method, input);
  } catch {
    // The desktop's ipcRenderer.invoke rejects when main has no handler or is gone.
    raw = hostUnreachable;
  }
  const envelope = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { bridgeErrorSchema, contract } = await loadContract();
  if (envelope.ok === true) {
    const value = contract[method].output.safeParse(envelope.value);
    if (value.success) return { ok: true, value: value.data as MethodOutput<M> };
  } else if (envelope.ok === false) {
    const error = bridgeErrorSchema.safeParse(envelope.error);
    if (error.success) return { ok: false, error: error.data };
  }
  return { ok: false, error: { code: 'internal', message: `Unexpected answer to ${method}.` } };
}
