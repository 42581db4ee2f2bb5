/**
 * The one handler table: method name → handler. Both transports (Electron IPC and the browser host)
 * serve exactly this table, so the desktop and the browser behave alike. Every input arrives as
 * `unknown` and is parsed with the contract's schema before a handler sees it.
 */
import {
  contract,
  type BridgeError,
  type BridgeResult,
  type MethodName,
  type MethodOutput,
  type Contract,
} from '../preload/contract';
import { describeApp, type AppIdentity } from './services/app-info';
import { logger } from './services/logger';

type ParsedInput<M extends MethodName> = ReturnType<Contract[M]['input']['parse']>;
type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** What a handler may throw to answer with a specific code instead of `internal`. */
export class HandlerError extends Error {
  constructor(
    readonly code: BridgeError['code'],
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export type HandlerContext = { identity: AppIdentity };

export function createHandlers(context: HandlerContext): HandlerTable {
  return {
    'app:info': async () => describeApp(context.identity),
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
      return { ok: false, error: failure };
    }
    logger.error(`handler ${method} failed`, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'Something went wrong in War Room; nothing was changed.' },
    };
  }
}
