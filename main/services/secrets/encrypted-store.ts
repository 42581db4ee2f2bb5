import { SecretStoreError, type SecretStore } from './types';

/** What the desktop's OS keychain offers (Electron safeStorage), kept abstract so this file stays plain Node. */
export type Cipher = {
  /** 'basic_text' on Linux means no keyring: the "encryption" uses a hard-coded key. */
  backend: () => string;
  encrypt: (plain: string) => Buffer;
  decrypt: (sealed: Buffer) => string;
};

/** Linux without a keyring offers only obfuscation; we refuse it unless the user accepted weaker storage. */
export function isWeakBackend(platform: string, backend: string): boolean {
  return platform === 'linux' && (backend === 'basic_text' || backend === 'unknown');
}

/**
 * A secret store that seals each value with the OS keychain before it reaches the disk; the file
 * underneath (0600) then holds only ciphertext. Where no keyring exists, a value is kept only when the
 * user explicitly accepts weaker storage in the same request that saves it.
 */
export function createEncryptedSecretStore(
  file: SecretStore,
  cipher: Cipher,
  options: { platform: string },
): SecretStore {
  const isWeak = () => isWeakBackend(options.platform, cipher.backend());
  return {
    get: async (key) => {
      const sealed = await file.get(key);
      if (sealed === undefined) return undefined;
      try {
        return cipher.decrypt(Buffer.from(sealed, 'base64'));
      } catch (error) {
        throw new SecretStoreError(
          'corrupt',
          'The saved Slack token cannot be read any more: paste it again.',
          {
            cause: error,
          },
        );
      }
    },
    set: async (key, value, setOptions) => {
      if (isWeak() && setOptions?.acceptWeakStorage !== true) {
        throw new SecretStoreError(
          'weak-storage',
          'No system keyring is available to protect the Slack token. Unlock or install a keyring (GNOME Keyring, KWallet), or accept weaker storage when you paste the token.',
        );
      }
      await file.set(key, cipher.encrypt(value).toString('base64'));
    },
    delete: (key) => file.delete(key),
    protection: () => (isWeak() ? 'weak' : 'keychain'),
  };
}
