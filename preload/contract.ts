/**
 * The bridge contract: the one description of what the renderer may ask of the main process.
 * Names are `domain:verb`; each method has a zod schema for its input and its output, and every
 * other type on either side is derived from these (z.infer), so the two sides cannot drift apart.
 * No `electron`, no Node: the renderer imports this file too.
 */
import { z } from 'zod';
import { appMethods } from './contract/app';
import { backupMethods } from './contract/backups';
import { fileMethods } from './contract/files';
import { notificationMethods } from './contract/notifications';
import { roomMethods } from './contract/room';
import { slackMethods } from './contract/slack';

/** Every method, grouped by domain in preload/contract/; the groups never share a name. */
export const contract = {
  ...appMethods,
  ...backupMethods,
  ...fileMethods,
  ...notificationMethods,
  ...roomMethods,
  ...slackMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Contract[M]['output']>;

export const errorCodes = [
  'bad_input',
  'unknown_method',
  'forbidden',
  'internal',
  'auth',
  'channel',
  'payload',
  'rate_limited',
  'transient',
  'ambiguous',
  'disk_full',
  'cancelled',
  'weak_storage',
  /** The desktop's OS offers no encryption at all (safeStorage unavailable): the Slack token cannot be kept. */
  'no_encryption',
  /** The renderer could not reach War Room's own main service (browser host stopped, desktop main busy). */
  'host_unreachable',
  /** War Room's own service refused this page (its launch token is stale): the window must be reloaded. */
  'bridge_rejected',
] as const;
export const bridgeErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  retryAfterSeconds: z.number().optional(),
  /** True when doing the same again cannot succeed until someone changes something (Slack's token, channel). */
  permanent: z.boolean().optional(),
  /** Slack's own error code (`not_in_channel`), so the renderer can explain it in the IC's language. */
  slackError: z.string().optional(),
  /** For `missing_scope`: the permission the Slack app lacks, by name. */
  neededScope: z.string().optional(),
});
export type BridgeError = z.infer<typeof bridgeErrorSchema>;

/** What every call answers: the value, or an error the renderer can show. Never a thrown string. */
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** The object the preload exposes as `window.warroom`: one function per contract method. */
export type WarRoomBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<BridgeResult<MethodOutput<M>>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

/** Kebab-case `domain:verb`, checked by a unit test so new methods follow the naming rule. */
export const methodNamePattern = /^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/;
