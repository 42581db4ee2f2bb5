/** The secret store's public surface. */
export { createFileSecretStore } from './file-store';
export {
  SLACK_TOKEN_KEY,
  SecretStoreError,
  type SecretProtection,
  type SecretStore,
  type SecretStoreErrorReason,
  type SetSecretOptions,
} from './types';
export { createEncryptedSecretStore, isWeakBackend, type OsEncryption } from './encrypted-store';
