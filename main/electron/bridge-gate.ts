/**
 * The check every IPC call passes before it reaches the handler table: only a frame showing the
 * cockpit may call. No `electron` import, so the refusal is unit-tested with the real handler table.
 */
import type { BridgeResult } from '../../preload/contract';
import { dispatch, type HandlerTable } from '../handlers';
import { isTrustedSender, type TrustedOrigins } from './policy';

/** Answers one bridge call: `forbidden` for a stranger frame, else whatever the handler table answers. */
export async function answerBridgeCall(
  table: HandlerTable,
  origins: TrustedOrigins,
  senderFrameUrl: string | undefined | null,
  method: string,
  input: unknown,
): Promise<BridgeResult<unknown>> {
  if (!isTrustedSender(senderFrameUrl, origins)) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Only the War Room window may use the War Room bridge.' },
    };
  }
  return dispatch(table, method, input);
}
