/**
 * Where the main process keeps secrets (the Slack token). The browser host uses a 0600 file; the desktop will
 * implement the same interface with Electron safeStorage. No bridge method ever returns what is stored here.
 */
import type { MethodInput } from '../../../preload/contract';
import type { secretProtections } from '../../../preload/contract/slack';

export type SecretStore = {
  /** The secret, or undefined when none is saved. */
  get: (key: string) => Promise<string | undefined>;
  /** `acceptWeakStorage`: the user said yes to keeping it where no keyring protects it (Linux, basic_text). */
  set: (key: string, value: string, options?: SetSecretOptions) => Promise<void>;
  /** Forgets the secret; forgetting one that is not there is not an error. */
  delete: (key: string) => Promise<void>;
  /** How what is stored is protected; a plain 0600 file when absent. */
  protection?: () => SecretProtection;
};

/** The user's explicit yes to weak storage travels with the token from the dialog (slack:save-token). */
export type SetSecretOptions = Pick<MethodInput<'slack:save-token'>, 'acceptWeakStorage'>;

/** The OS keychain, a file only this user can read, or Linux's keyring-less obfuscation (slack:status). */
export type SecretProtection = (typeof secretProtections)[number];

/** `no-encryption`: the OS offers no encryption at all (safeStorage unavailable), so nothing is kept. */
export type SecretStoreErrorReason = 'corrupt' | 'symlink' | 'io' | 'weak-storage' | 'no-encryption';

/** A failure the IC can act on, with what to do in the message. */
export class SecretStoreError extends Error {
  constructor(
    readonly reason: SecretStoreErrorReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SecretStoreError';
  }
}

/** The key under which the Slack bot token is kept. */
export const SLACK_TOKEN_KEY = 'slack.botToken';
