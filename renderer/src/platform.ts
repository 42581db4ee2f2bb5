/**
 * What the renderer asks of the machine beyond its own data: saving an export and an OS
 * notification. The desktop does both in the main process (a save dialog, Electron's Notification);
 * in the browser host they are a download and the Web Notification API. Callers never know which.
 */
import i18next from 'i18next';
import { describeBridgeError } from './app/bridgeErrors';
import { call } from './bridge';

export type SavedExport = { saved: boolean; where: string | null; error?: string };

function download(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const mimeTypes = {
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json',
};

/** Saves a file the IC asked for; answers where it went, or why it did not. */
export async function saveExport(
  fileName: string,
  format: keyof typeof mimeTypes,
  content: string,
): Promise<SavedExport> {
  if (window.warroom === undefined) {
    download(fileName, content, mimeTypes[format]);
    return { saved: true, where: fileName };
  }
  const result = await call('files:save-export', { suggestedName: fileName, format, content });
  if (!result.ok) return { saved: false, where: null, error: describeBridgeError(i18next.t, result.error) };
  return { saved: result.value.saved, where: result.value.path };
}

/** Shows an OS notification; quietly does nothing where the user has not allowed them. */
export async function showNotification(title: string, body: string): Promise<void> {
  if (window.warroom !== undefined) {
    await call('notify:show', { title, body });
    return;
  }
  if (!('Notification' in window)) return;
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission === 'granted') new Notification(title, { body });
}
