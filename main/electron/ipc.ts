/** The desktop transport of the bridge: one `ipcMain.handle` per contract method, each behind the sender check. */
import { ipcMain } from 'electron';
import { methodNames } from '../../preload/contract';
import type { HandlerTable } from '../handlers';
import { answerBridgeCall } from './bridge-gate';
import type { TrustedOrigins } from './policy';

/** Serves the handler table over IPC; a channel exists only for a method the contract names. */
export function serveBridgeOverIpc(table: HandlerTable, origins: TrustedOrigins): void {
  for (const method of methodNames) {
    ipcMain.handle(method, (event, input: unknown) =>
      answerBridgeCall(table, origins, event.senderFrame?.url, method, input),
    );
  }
}
