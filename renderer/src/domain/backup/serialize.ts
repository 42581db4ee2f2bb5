/**
 * Writes a backup file: its checksum over the canonical JSON, then the text with one event per line, so
 * a reader (or a diff) can find an event, and a refusal's line:column points at one. Each event is
 * written once, in its canonical form, and the same strings make both the checksummed text and the file.
 */
import { canonicalWriter, checksumOfCanonical } from './canonical';
import type { BackupFile } from './format';

type Content = Omit<BackupFile, 'checksum'>;

/**
 * The canonical JSON of the content from its rows' canonical strings: the fields in code-unit order, as
 * canonicalJson writes any object (a test holds the two to the same text).
 */
function canonicalContent(
  content: Content,
  canonicalJson: (part: unknown) => string,
  events: readonly string[],
  outbox: readonly string[],
): string {
  const fields: Record<keyof Content, string> = {
    appVersion: canonicalJson(content.appVersion),
    createdAt: canonicalJson(content.createdAt),
    events: `[${events.join(',')}]`,
    format: canonicalJson(content.format),
    formatVersion: canonicalJson(content.formatVersion),
    outbox: `[${outbox.join(',')}]`,
    scope: canonicalJson(content.scope),
  };
  const keys = (Object.keys(fields) as (keyof Content)[]).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${fields[key]}`).join(',')}}`;
}

export async function serializeBackup(content: Content): Promise<string> {
  const canonicalJson = canonicalWriter(content);
  const events = content.events.map(canonicalJson);
  const outbox = content.outbox.map(canonicalJson);
  const checksum = await checksumOfCanonical(canonicalContent(content, canonicalJson, events, outbox));
  const field = (key: string, value: unknown) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  const rows = (key: string, values: readonly string[]) =>
    values.length === 0
      ? `  ${JSON.stringify(key)}: []`
      : `  ${JSON.stringify(key)}: [\n    ${values.join(',\n    ')}\n  ]`;
  const lines = [
    field('format', content.format),
    field('formatVersion', content.formatVersion),
    field('appVersion', content.appVersion),
    field('createdAt', content.createdAt),
    field('scope', content.scope),
    rows('events', events),
    rows('outbox', outbox),
    field('checksum', checksum),
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}
