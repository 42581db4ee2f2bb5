import type { BridgeError, Contract, MethodName, MethodOutput } from '../../preload/contract';
import type { AppIdentity } from '../services/app-info';
import type { PushHub } from '../services/push';
import type { SecretStore } from '../services/secrets';

type ParsedInput<M extends MethodName> = ReturnType<Contract[M]['input']['parse']>;
export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
/** A domain's share of the handler table: exactly the methods it names. */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };

/** What differs between the desktop and the browser host; everything else is the same code. */
export type Platform = {
  /** Asks where to save (desktop) or picks a path itself (browser host); null when the user cancels. */
  chooseExportPath: (suggestedName: string) => Promise<ExportTarget | null>;
  /** The focused window's printable page as a PDF; absent where the page prints itself (browser host). */
  printPageToPdf?: () => Promise<Uint8Array | null>;
  /** Shows an OS notification; false where the platform leaves it to the page (browser host). */
  showNotification: (title: string, body: string) => Promise<boolean>;
  secrets: SecretStore;
};

/**
 * Where an export goes. `replaceExisting` only when the user chose that very file in a save dialog (which
 * asked them before replacing it); otherwise an existing file is kept and the export gets a free name.
 */
export type ExportTarget = { path: string; replaceExisting: boolean };

export type HandlerContext = {
  identity: AppIdentity;
  platform: Platform;
  /** Where main tells the renderer something changed (the room's stream); absent, nobody is told. */
  push?: PushHub;
  /** How long a Slack call may go unanswered (slackRequestTimeoutMs unless said; fault tests scale it down). */
  slackRequestTimeoutMs?: number;
};

/** More about a failure, for the renderer to explain and to decide whether trying again can help. */
export type HandlerErrorDetail = Pick<BridgeError, 'permanent' | 'slackError' | 'neededScope'>;

/** What a handler may throw to answer with a specific code instead of `internal`. */
export class HandlerError extends Error {
  constructor(
    readonly code: BridgeError['code'],
    message: string,
    readonly retryAfterSeconds?: number,
    readonly detail?: HandlerErrorDetail,
  ) {
    super(message);
  }
}
