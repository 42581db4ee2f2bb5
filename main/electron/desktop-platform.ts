import { BrowserWindow, dialog, Notification, safeStorage } from 'electron';
import { join } from 'node:path';
import type { Platform } from '../handlers';
import { createEncryptedSecretStore, createFileSecretStore, type OsEncryption } from '../services/secrets';

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
    printPageToPdf: async () => {
      const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (owner === undefined) return null;
      // Print media: the page shows only its printable part (see features/postmortem/PrintablePage).
      return owner.webContents.printToPDF({ printBackground: false, pageSize: 'A4' });
    },
    showNotification: async (title, body) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body }).show();
      return true;
    },
    // Electron 45's asynchronous safeStorage: non-blocking, key rotation, and it says when the OS has no encryption.
    secrets: createEncryptedSecretStore(
      createFileSecretStore(join(userData, 'secure')),
      safeStorage satisfies OsEncryption,
      { platform: process.platform },
    ),
  };
}
