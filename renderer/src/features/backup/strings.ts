/**
 * Why a backup file was refused, by BackupProblemCode (domain/backup/problems.ts), in English
 * (strings-ja.ts holds the Japanese); app/locales/ mounts them under `backup.problem`. `{{where}}` is the place in the file (a
 * path such as events[12].payload.kind, or line:column); `{{detail}}` what was found there.
 */
import type { BackupProblemCode } from '../../domain/backup/problems';

export type ByCode = Record<BackupProblemCode, string>;

const problemEn = {
  'too-large':
    'This file is too large to be a War Room backup ({{detail}} characters). Nothing was imported.',
  empty: 'This file is empty. Nothing was imported.',
  'too-deep':
    'This file nests data more than {{detail}} levels deep at line:column {{where}}: no War Room backup does. Nothing was imported.',
  'not-json':
    'This file is not valid JSON at line:column {{where}}: {{detail}}. It may be cut short or damaged. Nothing was imported.',
  'forbidden-key':
    'This file holds a key War Room never writes, at {{where}}. It was refused for safety; nothing was imported.',
  'not-a-backup': 'This file is not a War Room backup. Nothing was imported.',
  'runbook-file': 'This is a runbook file: import it from Runbooks. Nothing was imported.',
  'newer-version':
    'This backup was made by a newer War Room (format {{detail}}). Update War Room to import it. Nothing was imported.',
  'unknown-version':
    'This backup has a format version War Room does not know ({{detail}}). Nothing was imported.',
  'missing-field': 'Something is missing at {{where}}. Nothing was imported.',
  'unknown-field': 'This file has a field War Room does not know at {{where}}. Nothing was imported.',
  'wrong-type': 'The value at {{where}} should be a {{detail}}. Nothing was imported.',
  'too-long': 'The text at {{where}} is longer than {{detail}} characters. Nothing was imported.',
  'too-many': 'There are more than {{detail}} entries at {{where}}. Nothing was imported.',
  'invalid-value': 'The value at {{where}} is not one War Room accepts ({{detail}}). Nothing was imported.',
  'unknown-event-type':
    'The event at {{where}} is of a type War Room does not know ({{detail}}). Nothing was imported.',
  'duplicate-event':
    'The event at {{where}} has the same id as {{detail}} but says something different. Nothing was imported.',
  'duplicate-outbox-row': 'The undelivered broadcast at {{where}} appears twice. Nothing was imported.',
  'outside-scope':
    'This is a one-incident backup, but the event at {{where}} belongs to another incident. Nothing was imported.',
  'future-time': 'The time at {{where}} is in the future. Nothing was imported.',
  'happened-after-recorded':
    'The event at {{where}} happened after it was recorded, which cannot be. Nothing was imported.',
  'checksum-mismatch':
    'This file was changed or damaged after it was saved: its checksum does not match. Nothing was imported.',
  'unknown-incident':
    'The event at {{where}} belongs to an incident that is neither in this file nor on this desktop ({{detail}}). Nothing was imported.',
  'unknown-person':
    'The event at {{where}} names a person who is neither in this file nor on this desktop ({{detail}}). Nothing was imported.',
} satisfies ByCode;

export const backupEn = { problem: problemEn };

/** The runbook import's refusal of a backup file, under `errors.` like the runbook import's own. */
export const backupErrorsEn = {
  'runbook-is-backup': 'This is a War Room backup: import it from Backups. Nothing was imported.',
  // The store's own last check (db/repositories/backup.ts BackupRefusal), should the database change after the preview.
  'backup-unknown-incident': problemEn['unknown-incident'],
  'backup-unknown-person': problemEn['unknown-person'],
};
