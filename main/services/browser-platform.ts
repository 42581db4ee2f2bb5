import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { HandlerError, type Platform } from '../handlers/context';
import { createFileSecretStore } from './secrets';

/**
 * The browser host's side of the platform: it cannot show a save dialog, so exports land in its data
 * folder; OS notifications are the page's job there (the Web Notification API).
 */
export function browserHostPlatform(dataFolder: string): Platform {
  return {
    chooseExportPath: async (suggestedName) => {
      // The contract already refuses these; checked again because this path is on the host's own disk.
      if (basename(suggestedName) !== suggestedName || /^\.*$/.test(suggestedName)) {
        throw new HandlerError('bad_input', `${suggestedName} is not a file name.`);
      }
      const folder = join(dataFolder, 'exports');
      await mkdir(folder, { recursive: true, mode: 0o700 });
      // No dialog asked the user, so an existing export is never replaced (the handler picks "name (2).csv").
      return { path: join(folder, suggestedName), replaceExisting: false };
    },
    showNotification: async () => false,
    secrets: createFileSecretStore(dataFolder),
  };
}
