/**
 * Writes a backup file: its checksum over the canonical JSON, then the text with one event per line, so
 * a reader (or a diff) can find an event, and a refusal's line:column points at one.
 */
import { checksumOf } from './canonical';
import type { BackupFile } from './format';

export async function serializeBackup(content: Omit<BackupFile, 'checksum'>): Promise<string> {
  const checksum = await checksumOf(content);
  const field = (key: string, value: unknown) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const rows = (key: string, values: readonly unknown[]) =>
    values.length === 0
      ? `  ${JSON.stringify(key)}: []`
      : `  ${JSON.stringify(key)}: [\n${values.map((value) => `    ${JSON.stringify(value)}`).join(',\n')}\n  ]`;
  const lines = [
    field('format', content.format),
    field('formatVersion', content.formatVersion),
    field('appVersion', content.appVersion),
    field('createdAt', content.createdAt),
    field('scope', content.scope),
    rows('events', content.events),
    rows('outbox', content.outbox),
    field('checksum', checksum),
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}
