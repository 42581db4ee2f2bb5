import { BrowserWindow, dialog, Notification, safeStorage } from 'electron';
import { join } from 'node:path';
import type { Platform } from '../handlers';
import { createEncryptedSecretStore, createFileSecretStore } from '../services/secrets';

/** The desktop's side of the platform: a real save dialog, OS notifications, the keychain for secrets. */
export function desktopPlatform(userData: string): Platform {
  return {
    chooseExportPath: async (suggestedName) => {
      const owner = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: suggestedName };
      const choice =
        owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
      // The OS save dialog itself asks before the user picks a file that exists.
      return choice.canceled || choice.filePath === undefined
        ? null
        : { path: choice.filePath, replaceExisting: true };
    },
    showNotification: async (title, body) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body }).show();
      return true;
    },
    secrets: createEncryptedSecretStore(
      createFileSecretStore(join(userData, 'secure')),
      {
        backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
        encrypt: (plain) => safeStorage.encryptString(plain),
        decrypt: (sealed) => safeStorage.decryptString(sealed),
      },
      { platform: process.platform },
    ),
  };
}
