/**
 * Why a backup file is refused, as a code the IC reads in their language (features/backup/strings.ts)
 * and where in the file: a JSON path such as `events[12].payload.kind`, or `line:column` in the text.
 */
export const backupProblemCodes = [
  'too-large',
  'empty',
  'too-deep',
  'not-json',
  'forbidden-key',
  'not-a-backup',
  'runbook-file',
  'newer-version',
  'unknown-version',
  'missing-field',
  'unknown-field',
  'wrong-type',
  'too-long',
  'too-many',
  'invalid-value',
  'unknown-event-type',
  'duplicate-event',
  'duplicate-outbox-row',
  'outside-scope',
  'future-time',
  'happened-after-recorded',
  'checksum-mismatch',
  'unknown-incident',
  'unknown-person',
] as const;
export type BackupProblemCode = (typeof backupProblemCodes)[number];

export type BackupProblem = { code: BackupProblemCode; where: string; detail?: string };

/** `events[12].payload.kind` from a path of keys and indexes. */
export function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
