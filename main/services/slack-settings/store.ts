/**
 * What main remembers about the Slack connection besides the token: the API base URL and the workspace the
 * token belongs to. Not secret, but kept beside the secrets (0600, replaced atomically) in the data folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultSlackApiUrl, drillChannelSchema, workspaceSchema } from '../../../preload/contract/slack';
import { logger } from '../logger';

const settingsSchema = z.object({
  version: z.literal(1),
  apiUrl: z.string(),
  workspace: workspaceSchema.nullable(),
  /** Where drills may post (main enforces it); absent in files written before drills had a channel. */
  drillChannel: drillChannelSchema.nullable().optional(),
});
export type SlackSettings = z.infer<typeof settingsSchema>;

export type SlackSettingsStore = {
  read: () => Promise<SlackSettings>;
  write: (settings: Omit<SlackSettings, 'version'>) => Promise<void>;
};

const FILE_NAME = 'slack-settings.json';

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

/** The settings file under the data folder; a missing or damaged file reads as "not connected". */
export function createSlackSettingsStore(dataFolder: string): SlackSettingsStore {
  const file = join(dataFolder, FILE_NAME);
  const fresh: SlackSettings = { version: 1, apiUrl: defaultSlackApiUrl, workspace: null };
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if (isMissing(error)) return fresh;
        throw error;
      }
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // A damaged file: the user reconnects, which rewrites it.
      }
      logger.warn(`${file} is damaged; Slack shows as not connected until the token is pasted again`);
      return fresh;
    },
    async write(settings) {
      await mkdir(dataFolder, { recursive: true, mode: 0o700 });
      const temporary = join(dataFolder, `.${FILE_NAME}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, JSON.stringify({ version: 1, ...settings }), { mode: 0o600, flag: 'wx' });
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
