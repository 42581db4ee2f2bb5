/**
 * Exposes `window.warroom`: one function per contract method, nothing else. The renderer never sees
 * `ipcRenderer` nor a generic invoke, so it can reach only the methods the contract names.
 *
 * This preload runs sandboxed and may only `require('electron')`, so it imports nothing but types from
 * the contract (zod stays out of the bundle). The `satisfies WarRoomBridge` below is the completeness
 * check: a method added to the contract fails compilation here until it is exposed, and a name the
 * contract does not have fails too.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeResult, MethodInput, MethodName, MethodOutput, WarRoomBridge } from './contract';
import type { WarRoomPush } from './contract/push';

// The channel's name is repeated here, not imported: the contract's push module brings zod.
const pushChannel = 'warroom:push';

function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<BridgeResult<MethodOutput<M>>> {
  // The main process answers every channel with a BridgeResult built from the contract's output schema.
  const answer: Promise<BridgeResult<MethodOutput<M>>> = ipcRenderer.invoke(method, input);
  return answer;
}

const bridge = {
  'app:info': (input) => call('app:info', input),
  'backups:write-snapshot': (input) => call('backups:write-snapshot', input),
  'backups:list': (input) => call('backups:list', input),
  'backups:read': (input) => call('backups:read', input),
  'files:save-export': (input) => call('files:save-export', input),
  'files:print-to-pdf': (input) => call('files:print-to-pdf', input),
  'notify:show': (input) => call('notify:show', input),
  'room:join': (input) => call('room:join', input),
  'room:leave': (input) => call('room:leave', input),
  'room:status': (input) => call('room:status', input),
  'room:publish': (input) => call('room:publish', input),
  'room:read-after': (input) => call('room:read-after', input),
  'slack:save-token': (input) => call('slack:save-token', input),
  'slack:status': (input) => call('slack:status', input),
  'slack:forget-token': (input) => call('slack:forget-token', input),
  'slack:set-drill-channel': (input) => call('slack:set-drill-channel', input),
  'slack:list-channels': (input) => call('slack:list-channels', input),
  'slack:create-channel': (input) => call('slack:create-channel', input),
  'slack:invite': (input) => call('slack:invite', input),
  'slack:set-topic': (input) => call('slack:set-topic', input),
  'slack:archive-channel': (input) => call('slack:archive-channel', input),
  'slack:post-message': (input) => call('slack:post-message', input),
  'slack:find-message': (input) => call('slack:find-message', input),
  'slack:delete-message': (input) => call('slack:delete-message', input),
  'slack:get-permalink': (input) => call('slack:get-permalink', input),
  'slack:channel-history': (input) => call('slack:channel-history', input),
} satisfies WarRoomBridge;

contextBridge.exposeInMainWorld('warroom', bridge);

/** The push channel: main's messages, handed over as plain data; the renderer parses them. */
const push = {
  subscribe: (listener) => {
    const forward = (_event: unknown, message: unknown) => listener(message);
    ipcRenderer.on(pushChannel, forward);
    return () => {
      ipcRenderer.removeListener(pushChannel, forward);
    };
  },
} satisfies WarRoomPush;

contextBridge.exposeInMainWorld('warroomPush', push);
