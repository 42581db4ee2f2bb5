/**
 * The browser host's secret store: one JSON file readable by this user only (0600, in a 0700 folder), replaced
 * atomically (temp file + rename) so a crash mid-write never leaves half a token, and never read through a
 * symbolic link, so another local user cannot redirect it.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SecretStoreError, type SecretStore } from './types';

const fileSchema = z.object({ version: z.literal(1), secrets: z.record(z.string(), z.string()) });
type SecretFile = z.infer<typeof fileSchema>;

const FOLDER_NAME = 'secrets';
const FILE_NAME = 'secrets.json';
// O_NOFOLLOW is missing on Windows, where the 0600 mode means little anyway.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

async function refuseSymlink(path: string): Promise<void> {
  try {
    if ((await lstat(path)).isSymbolicLink()) {
      throw new SecretStoreError(
        'symlink',
        `${path} is a symbolic link; War Room will not keep secrets through it. Remove it and paste the token again.`,
      );
    }
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

/** A SecretStore under `<dataFolder>/secrets/secrets.json`. */
export function createFileSecretStore(dataFolder: string): SecretStore {
  const folder = join(dataFolder, FOLDER_NAME);
  const file = join(folder, FILE_NAME);
  // One write at a time, so two quick saves cannot lose each other's key.
  let queue: Promise<unknown> = Promise.resolve();

  async function ensureFolder(): Promise<void> {
    await refuseSymlink(folder);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(folder, 0o700);
  }

  async function read(): Promise<SecretFile> {
    await refuseSymlink(folder);
    await refuseSymlink(file);
    let text: string;
    try {
      const handle = await open(file, constants.O_RDONLY | NO_FOLLOW);
      try {
        // A file another tool widened is narrowed again: only this user may read the token.
        const { mode } = await handle.stat();
        if (process.platform !== 'win32' && (mode & 0o077) !== 0) await handle.chmod(0o600);
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isMissing(error)) return { version: 1, secrets: {} };
      throw new SecretStoreError('io', `War Room could not read its secrets file (${file}).`, {
        cause: error,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw corrupt(file, error);
    }
    const result = fileSchema.safeParse(parsed);
    if (!result.success) throw corrupt(file, result.error);
    return result.data;
  }

  async function write(content: SecretFile): Promise<void> {
    await ensureFolder();
    await refuseSymlink(file);
    const temporary = join(folder, `.${FILE_NAME}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW,
      0o600,
    );
    try {
      await handle.writeFile(JSON.stringify(content), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** Reads for a change; an unreadable file is replaced, since re-entering the token is the way out. */
  async function readForChange(): Promise<{ content: SecretFile; wasCorrupt: boolean }> {
    try {
      return { content: await read(), wasCorrupt: false };
    } catch (error) {
      if (error instanceof SecretStoreError && error.reason === 'corrupt') {
        return { content: { version: 1, secrets: {} }, wasCorrupt: true };
      }
      throw error;
    }
  }

  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    get: (key) =>
      serialized(async () => {
        const { secrets } = await read();
        return Object.hasOwn(secrets, key) ? secrets[key] : undefined;
      }),
    set: (key, value) =>
      serialized(async () => {
        const { content } = await readForChange();
        await write({ version: 1, secrets: { ...content.secrets, [key]: value } });
      }),
    delete: (key) =>
      serialized(async () => {
        const { content, wasCorrupt } = await readForChange();
        if (!wasCorrupt && !Object.hasOwn(content.secrets, key)) return;
        const { [key]: _forgotten, ...rest } = content.secrets;
        await write({ version: 1, secrets: rest });
      }),
  };
}

function corrupt(file: string, cause: unknown): SecretStoreError {
  return new SecretStoreError(
    'corrupt',
    `War Room's secrets file is damaged (${file}), so the Slack token cannot be read. Paste the token again in Settings › Slack; that replaces the file.`,
    { cause },
  );
}
