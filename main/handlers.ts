/**
 * The one handler table: method name → handler. Both transports (Electron IPC and the browser host)
 * serve exactly this table, so the desktop and the browser behave alike. Every input arrives as
 * `unknown` and is parsed with the contract's schema before a handler sees it.
 */
import { contract, type BridgeError, type BridgeResult, type MethodName } from '../preload/contract';
import { appHandlers } from './handlers/app';
import { backupHandlers } from './handlers/backups';
import { HandlerError, type Handler, type HandlerContext } from './handlers/context';
import { fileHandlers } from './handlers/files';
import { notificationHandlers } from './handlers/notifications';
import { roomHandlers } from './handlers/room';
import { slackHandlers } from './handlers/slack';
import { logger } from './services/logger';

export { HandlerError, type HandlerContext, type Platform } from './handlers/context';
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** The whole table; a contract method without a handler fails to compile here. */
export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    ...appHandlers(context),
    ...backupHandlers(context),
    ...fileHandlers(context),
    ...notificationHandlers(context),
    ...roomHandlers(context),
    ...slackHandlers(context),
  };
}

function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/** Parses, dispatches and wraps: the single entry point both transports call. */
export async function dispatch(
  table: HandlerTable,
  method: string,
  rawInput: unknown,
): Promise<BridgeResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `No such method: ${method}` } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'bad_input', message: issues } };
  }
  try {
    const handler = table[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value: contract[method].output.parse(value) };
  } catch (error) {
    if (error instanceof HandlerError) {
      const failure: BridgeError = { code: error.code, message: error.message };
      if (error.retryAfterSeconds !== undefined) failure.retryAfterSeconds = error.retryAfterSeconds;
      if (error.detail !== undefined) Object.assign(failure, error.detail);
      return { ok: false, error: failure };
    }
    logger.error(`handler ${method} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in War Room; nothing was changed.' },
    };
  }
}
