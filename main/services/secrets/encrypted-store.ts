/**
 * The desktop's secret store: each value sealed by the OS (Electron safeStorage, its asynchronous API)
 * before it reaches the 0600 file underneath, which then holds only ciphertext. safeStorage is passed
 * in, so this file stays plain Node and is unit-tested with a stand-in for it.
 */
import { logger } from '../logger';
import { SecretStoreError, type SecretStore } from './types';

/** The part of Electron 45's `safeStorage` this store uses; Electron's object satisfies it as it is. */
export type OsEncryption = {
  /** False when the OS offers no encryption at all (no keychain answers); nothing can be sealed then. */
  isAsyncEncryptionAvailable: () => Promise<boolean>;
  encryptStringAsync: (plainText: string) => Promise<Buffer>;
  /** `shouldReEncrypt`: the OS key was rotated or got stronger, so the value should be sealed again. */
  decryptStringAsync: (encrypted: Buffer) => Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: which keyring; 'basic_text' means none, the "encryption" then uses a hard-coded key. */
  getSelectedStorageBackend: () => string;
};

/** Linux without a keyring offers only obfuscation; we refuse it unless the user accepted weaker storage. */
export function isWeakBackend(platform: string, backend: string): boolean {
  return platform === 'linux' && (backend === 'basic_text' || backend === 'unknown');
}

function noEncryption(): SecretStoreError {
  return new SecretStoreError(
    'no-encryption',
    'This computer offers War Room no encryption for the Slack token (the system keychain or keyring did not answer), so the token is not kept. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet), then restart War Room and paste the token again.',
  );
}

/**
 * A secret store sealed by the OS. Where no keyring exists, a value is kept only when the user explicitly
 * accepts weaker storage in the same request that saves it; where the OS offers no encryption at all,
 * nothing is kept and the error says so.
 */
export function createEncryptedSecretStore(
  file: SecretStore,
  os: OsEncryption,
  options: { platform: string },
): SecretStore {
  const backend = () => (options.platform === 'linux' ? os.getSelectedStorageBackend() : 'os');
  const isWeak = () => isWeakBackend(options.platform, backend());
  const seal = async (value: string) => {
    if (!(await os.isAsyncEncryptionAvailable())) throw noEncryption();
    return (await os.encryptStringAsync(value)).toString('base64');
  };

  return {
    get: async (key) => {
      const sealed = await file.get(key);
      if (sealed === undefined) return undefined;
      // Without encryption a saved token cannot be opened, but it is not damaged: say so, keep the file.
      if (!(await os.isAsyncEncryptionAvailable())) throw noEncryption();
      let opened: { result: string; shouldReEncrypt: boolean };
      try {
        opened = await os.decryptStringAsync(Buffer.from(sealed, 'base64'));
      } catch (error) {
        throw new SecretStoreError(
          'corrupt',
          'The saved Slack token cannot be read any more: paste it again.',
          { cause: error },
        );
      }
      if (opened.shouldReEncrypt) {
        // The token is already in hand; failing to reseal it only postpones the upgrade to the next read.
        try {
          await file.set(key, await seal(opened.result));
        } catch (error) {
          logger.warn('could not seal the Slack token again with the new system key', error);
        }
      }
      return opened.result;
    },
    set: async (key, value, setOptions) => {
      if (isWeak() && setOptions?.acceptWeakStorage !== true) {
        throw new SecretStoreError(
          'weak-storage',
          'No system keyring is available to protect the Slack token. Unlock or install a keyring (GNOME Keyring, KWallet), or accept weaker storage when you paste the token.',
        );
      }
      await file.set(key, await seal(value));
    },
    delete: (key) => file.delete(key),
    protection: () => (isWeak() ? 'weak' : 'keychain'),
  };
}
