import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SecretStoreError,
  createEncryptedSecretStore,
  createFileSecretStore,
  type OsEncryption,
} from '../../../../../main/services/secrets';

type StandIn = OsEncryption & { available: boolean; keyVersion: number };

/**
 * A stand-in for Electron's safeStorage (it cannot run here): reversible, with a key version in the
 * first byte so a rotated key can be played, and an `available` switch for an OS without encryption.
 */
function osEncryption(backend: string): StandIn {
  const flip = (bytes: Buffer) => Buffer.from([...bytes].map((b) => b ^ 0x5a));
  const standIn: StandIn = {
    available: true,
    keyVersion: 1,
    isAsyncEncryptionAvailable: async () => standIn.available,
    encryptStringAsync: async (plain) =>
      Buffer.concat([Buffer.from([standIn.keyVersion]), flip(Buffer.from(plain))]),
    decryptStringAsync: async (sealed) => ({
      result: flip(sealed.subarray(1)).toString(),
      shouldReEncrypt: sealed[0] !== standIn.keyVersion,
    }),
    getSelectedStorageBackend: () => backend,
  };
  return standIn;
}

function store(platform: string, backend: string) {
  const folder = mkdtempSync(join(tmpdir(), 'war-room-sealed-'));
  const os = osEncryption(backend);
  const onDisk = () =>
    Buffer.from(
      JSON.parse(readFileSync(join(folder, 'secrets', 'secrets.json'), 'utf8')).secrets['slack.botToken'],
      'base64',
    );
  return {
    folder,
    os,
    onDisk,
    secrets: createEncryptedSecretStore(createFileSecretStore(folder), os, { platform }),
  };
}

async function failure(run: Promise<unknown>): Promise<SecretStoreError> {
  const error = await run.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SecretStoreError);
  return error as SecretStoreError;
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
    expect((await failure(secrets.set('slack.botToken', 'xoxb-secret-2'))).reason).toBe('weak-storage');
    expect(await secrets.get('slack.botToken')).toBeUndefined();

    await secrets.set('slack.botToken', 'xoxb-secret-2', { acceptWeakStorage: true });
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-2');
  });

  it('uses a Linux keyring without asking', async () => {
    const { secrets } = store('linux', 'gnome_libsecret');
    await secrets.set('slack.botToken', 'xoxb-secret-3');
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-3');
  });

  it('says plainly that the OS offers no encryption, and keeps nothing', async () => {
    const { folder, os, secrets } = store('win32', 'os');
    os.available = false;
    const refusal = await failure(secrets.set('slack.botToken', 'xoxb-secret-4'));
    expect(refusal.reason).toBe('no-encryption');
    expect(refusal.message).toMatch(/no encryption/);
    expect(() => readFileSync(join(folder, 'secrets', 'secrets.json'))).toThrow();
  });

  it('keeps a saved token while the keychain is away, and reads it once it is back', async () => {
    const { os, secrets } = store('darwin', 'os');
    await secrets.set('slack.botToken', 'xoxb-secret-5');
    os.available = false;
    expect((await failure(secrets.get('slack.botToken'))).reason).toBe('no-encryption');
    os.available = true;
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-5');
  });

  it('seals the token again with the new key when the OS rotated it', async () => {
    const { os, onDisk, secrets } = store('darwin', 'os');
    await secrets.set('slack.botToken', 'xoxb-secret-6');
    expect(onDisk()[0]).toBe(1);
    os.keyVersion = 2;
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-6');
    expect(onDisk()[0]).toBe(2);
    expect(await secrets.get('slack.botToken')).toBe('xoxb-secret-6');
  });

  it('asks for the token again when the saved one cannot be decrypted', async () => {
    const { os, secrets } = store('darwin', 'os');
    await secrets.set('slack.botToken', 'xoxb-secret-7');
    os.decryptStringAsync = async () => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    };
    expect((await failure(secrets.get('slack.botToken'))).reason).toBe('corrupt');
  });
});
