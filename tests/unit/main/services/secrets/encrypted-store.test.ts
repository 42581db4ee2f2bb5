import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SecretStoreError,
  createEncryptedSecretStore,
  createFileSecretStore,
  type Cipher,
} from '../../../../../main/services/secrets';

/** A reversible stand-in for Electron's safeStorage, which cannot run here. */
function cipher(backend: string): Cipher {
  return {
    backend: () => backend,
    encrypt: (plain) => Buffer.from([...Buffer.from(plain)].map((b) => b ^ 0x5a)),
    decrypt: (sealed) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString(),
  };
}

function store(platform: string, backend: string) {
  const folder = mkdtempSync(join(tmpdir(), 'war-room-sealed-'));
  return {
    folder,
    secrets: createEncryptedSecretStore(createFileSecretStore(folder), cipher(backend), { platform }),
  };
}

describe('the desktop secret store', () => {
  it('keeps only ciphertext on disk and reads the token back', async () => {
    const { folder, secrets } = store('darwin', 'os');
    await secrets.set('slack.botToken', 'xoxb-secret-1');
    expect(readFileSync(join(folder, 'secrets', 'secrets.json'), 'utf8')).not.toContain('xoxb-secret-1');
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-1');
    expect(secrets.protection?.()).toBe('keychain');
  });

  it('refuses Linux without a keyring unless the user accepts weaker storage in the same request', async () => {
    const { secrets } = store('linux', 'basic_text');
    expect(secrets.protection?.()).toBe('weak');
    const refusal = await secrets.set('slack.botToken', 'xoxb-secret-2').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SecretStoreError);
    expect((refusal as SecretStoreError).reason).toBe('weak-storage');
    expect(await secrets.get('slack.botToken')).toBeUndefined();

    await secrets.set('slack.botToken', 'xoxb-secret-2', { acceptWeakStorage: true });
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-2');
  });

  it('uses a Linux keyring without asking', async () => {
    const { secrets } = store('linux', 'gnome_libsecret');
    await secrets.set('slack.botToken', 'xoxb-secret-3');
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-3');
  });
});
