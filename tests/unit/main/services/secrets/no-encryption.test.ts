/**
 * Where the desktop's OS offers no encryption, connecting Slack answers its own error code through the
 * real handler table (not a generic internal error), and nothing of the token reaches the disk. The
 * OS encryption is a stand-in for Electron's safeStorage; Slack is the loopback server.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../../main/handlers';
import { browserHostPlatform } from '../../../../../main/services/browser-platform';
import {
  createEncryptedSecretStore,
  createFileSecretStore,
  type OsEncryption,
} from '../../../../../main/services/secrets';
import {
  ALL_BOT_SCOPES,
  DEFAULT_TOKEN,
  startSlackServer,
  type SlackServer,
} from '../../../../fixtures/slack-server';

const noOsEncryption: OsEncryption = {
  isAsyncEncryptionAvailable: async () => false,
  encryptStringAsync: async () => {
    throw new Error(
      'Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.',
    );
  },
  decryptStringAsync: async () => {
    throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
  },
  getSelectedStorageBackend: () => 'unknown',
};

let server: SlackServer;
beforeAll(async () => {
  server = await startSlackServer({
    rateLimit: false,
    tokens: { [DEFAULT_TOKEN]: { scopes: ALL_BOT_SCOPES } },
  });
});
afterAll(() => server.close());

describe('connecting Slack on a desktop whose OS offers no encryption', () => {
  it('answers no_encryption with what to do, keeps no token and stays not connected', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-no-encryption-'));
    const secureFolder = join(dataFolder, 'secure');
    const table = createHandlers({
      identity: { name: 'War Room', version: '1', dataFolder, transport: 'desktop' },
      platform: {
        ...browserHostPlatform(dataFolder),
        secrets: createEncryptedSecretStore(createFileSecretStore(secureFolder), noOsEncryption, {
          platform: 'darwin',
        }),
      },
    });

    const answer = await dispatch(table, 'slack:save-token', { token: DEFAULT_TOKEN, apiUrl: server.url });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'no_encryption', permanent: true, message: expect.stringMatching(/no encryption/) },
    });
    expect(existsSync(join(secureFolder, 'secrets', 'secrets.json'))).toBe(false);
    expect(await dispatch(table, 'slack:status', {})).toMatchObject({
      ok: true,
      value: { connected: false },
    });
  });
});
