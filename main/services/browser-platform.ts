import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Platform } from '../handlers';
import { createFileSecretStore } from './secrets';

/**
 * The browser host's side of the platform: it cannot show a save dialog, so exports land in its data
 * folder; OS notifications are the page's job there (the Web Notification API).
 */
export function browserHostPlatform(dataFolder: string): Platform {
  return {
    chooseExportPath: async (suggestedName) => {
      const folder = join(dataFolder, 'exports');
      await mkdir(folder, { recursive: true, mode: 0o700 });
      return join(folder, suggestedName);
    },
    showNotification: async () => false,
    secrets: createFileSecretStore(dataFolder),
  };
}
