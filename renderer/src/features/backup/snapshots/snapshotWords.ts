import type { TFunction } from 'i18next';
import { formatTime } from '../../../domain/time/format';

/** "Dec 3, 12:04" in the desk's zone: when a snapshot was taken, as the IC reads the rest of the cockpit. */
export function snapshotTime(createdAt: string, locale: string, timeZone: string): string {
  return formatTime(Date.parse(createdAt), { locale, timeZone, date: 'always' });
}

/** "840 KB", "12.4 MB": enough to tell a whole desk from an empty one at a glance. */
export function snapshotSize(t: TFunction, bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return t('snapshots.sizeKb', { size: Math.max(1, Math.round(kb)) });
  return t('snapshots.sizeMb', { size: (kb / 1024).toFixed(1) });
}
