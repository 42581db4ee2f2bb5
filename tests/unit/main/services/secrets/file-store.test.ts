import { mkdtemp, readFile, readdir, rm, stat, symlink, writeFile, chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createFileSecretStore,
  SecretStoreError,
  SLACK_TOKEN_KEY,
} from '../../../../../main/services/secrets';

let dataFolder: string;
const secretFile = () => join(dataFolder, 'secrets', 'secrets.json');

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'warroom-secrets-'));
});
afterEach(async () => {
  await rm(dataFolder, { recursive: true, force: true });
});

describe('file secret store', () => {
  it('gives back what was saved, and nothing for a key never saved', async () => {
    const store = createFileSecretStore(dataFolder);
    expect(await store.get(SLACK_TOKEN_KEY)).toBeUndefined();
    await store.set(SLACK_TOKEN_KEY, 'xoxb-1');
    expect(await store.get(SLACK_TOKEN_KEY)).toBe('xoxb-1');
    expect(await store.get('toString')).toBeUndefined();
  });

  it('survives a restart: a new store over the same folder reads the token', async () => {
    await createFileSecretStore(dataFolder).set(SLACK_TOKEN_KEY, 'xoxb-kept');
    expect(await createFileSecretStore(dataFolder).get(SLACK_TOKEN_KEY)).toBe('xoxb-kept');
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the file readable by this user only (0600 in a 0700 folder)',
    async () => {
      await createFileSecretStore(dataFolder).set(SLACK_TOKEN_KEY, 'xoxb-1');
      expect((await stat(secretFile())).mode & 0o777).toBe(0o600);
      expect((await stat(join(dataFolder, 'secrets'))).mode & 0o777).toBe(0o700);
    },
  );

  it.skipIf(process.platform === 'win32')(
    'narrows a file someone widened to 0644 when reading it',
    async () => {
      const store = createFileSecretStore(dataFolder);
      await store.set(SLACK_TOKEN_KEY, 'xoxb-1');
      await chmod(secretFile(), 0o644);
      expect(await store.get(SLACK_TOKEN_KEY)).toBe('xoxb-1');
      expect((await stat(secretFile())).mode & 0o777).toBe(0o600);
    },
  );

  it('replaces the file whole and leaves no temporary file behind', async () => {
    const store = createFileSecretStore(dataFolder);
    await store.set(SLACK_TOKEN_KEY, 'xoxb-1');
    await store.set(SLACK_TOKEN_KEY, 'xoxb-2');
    expect(await readdir(join(dataFolder, 'secrets'))).toEqual(['secrets.json']);
    expect(JSON.parse(await readFile(secretFile(), 'utf8'))).toEqual({
      version: 1,
      secrets: { [SLACK_TOKEN_KEY]: 'xoxb-2' },
    });
  });

  it('keeps both keys when two saves are made at once', async () => {
    const store = createFileSecretStore(dataFolder);
    await Promise.all([store.set('a', '1'), store.set('b', '2')]);
    expect([await store.get('a'), await store.get('b')]).toEqual(['1', '2']);
  });

  it('delete forgets only that key, and deleting a missing key is fine', async () => {
    const store = createFileSecretStore(dataFolder);
    await store.set(SLACK_TOKEN_KEY, 'xoxb-1');
    await store.set('other', 'x');
    await store.delete(SLACK_TOKEN_KEY);
    await store.delete('never-saved');
    expect(await store.get(SLACK_TOKEN_KEY)).toBeUndefined();
    expect(await store.get('other')).toBe('x');
    expect(await readFile(secretFile(), 'utf8')).not.toContain('xoxb-1');
  });

  it('reports a damaged file clearly instead of crashing, and saving the token again repairs it', async () => {
    const store = createFileSecretStore(dataFolder);
    await store.set(SLACK_TOKEN_KEY, 'xoxb-1');
    await writeFile(secretFile(), '{"version":1,"secr');
    const failure = await store.get(SLACK_TOKEN_KEY).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SecretStoreError);
    expect(failure).toMatchObject({
      reason: 'corrupt',
      message: expect.stringContaining('Paste the token again'),
    });
    await store.set(SLACK_TOKEN_KEY, 'xoxb-2');
    expect(await store.get(SLACK_TOKEN_KEY)).toBe('xoxb-2');
  });

  it('treats valid JSON of the wrong shape as damaged too', async () => {
    await mkdir(join(dataFolder, 'secrets'), { recursive: true });
    await writeFile(secretFile(), JSON.stringify({ version: 1, secrets: { [SLACK_TOKEN_KEY]: 42 } }));
    await expect(createFileSecretStore(dataFolder).get(SLACK_TOKEN_KEY)).rejects.toMatchObject({
      reason: 'corrupt',
    });
  });

  it.skipIf(process.platform === 'win32')('refuses to read or write through a symbolic link', async () => {
    const elsewhere = join(dataFolder, 'elsewhere.json');
    await writeFile(elsewhere, JSON.stringify({ version: 1, secrets: { [SLACK_TOKEN_KEY]: 'planted' } }));
    await mkdir(join(dataFolder, 'secrets'), { recursive: true });
    await symlink(elsewhere, secretFile());
    const store = createFileSecretStore(dataFolder);
    await expect(store.get(SLACK_TOKEN_KEY)).rejects.toMatchObject({ reason: 'symlink' });
    await expect(store.set(SLACK_TOKEN_KEY, 'xoxb-1')).rejects.toMatchObject({ reason: 'symlink' });
    expect(await readFile(elsewhere, 'utf8')).toContain('planted');
  });
});
