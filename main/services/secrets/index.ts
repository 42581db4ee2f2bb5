/** The secret store's public surface. */
export { createFileSecretStore } from './file-store';
export { SLACK_TOKEN_KEY, SecretStoreError, type SecretStore, type SecretStoreErrorReason } from './types';
export { createEncryptedSecretStore, isWeakBackend, type Cipher } from './encrypted-store';
