/**
 * Why a backup file was refused, by BackupProblemCode (domain/backup/problems.ts), in English and
 * Japanese; app/locales/ mounts them under `backup.problem`. `{{where}}` is the place in the file (a
 * path such as events[12].payload.kind, or line:column); `{{detail}}` what was found there.
 */
import type { BackupProblemCode } from '../../domain/backup/problems';

type ByCode = Record<BackupProblemCode, string>;

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

const problemJa = {
  'too-large':
    'War Room のバックアップとしては大きすぎるファイルです ({{detail}} 文字)。何もインポートしていません。',
  empty: 'ファイルが空です。何もインポートしていません。',
  'too-deep':
    '行:列 {{where}} でデータの入れ子が {{detail}} 段を超えています。War Room のバックアップではありえません。何もインポートしていません。',
  'not-json':
    '行:列 {{where}} で JSON として正しくありません: {{detail}}。途中で切れているか壊れている可能性があります。何もインポートしていません。',
  'forbidden-key':
    '{{where}} に War Room が書かないキーがあります。安全のため拒否しました。何もインポートしていません。',
  'not-a-backup': 'War Room のバックアップファイルではありません。何もインポートしていません。',
  'runbook-file':
    'これはランブックのファイルです。「ランブック」からインポートしてください。何もインポートしていません。',
  'newer-version':
    'このバックアップは新しい War Room (形式 {{detail}}) で作られています。War Room を更新してからインポートしてください。何もインポートしていません。',
  'unknown-version': 'War Room が知らない形式のバージョンです ({{detail}})。何もインポートしていません。',
  'missing-field': '{{where}} に必要な項目がありません。何もインポートしていません。',
  'unknown-field': '{{where}} に War Room が知らない項目があります。何もインポートしていません。',
  'wrong-type': '{{where}} の値は {{detail}} であるべきです。何もインポートしていません。',
  'too-long': '{{where}} のテキストが {{detail}} 文字を超えています。何もインポートしていません。',
  'too-many': '{{where}} の項目が {{detail}} 件を超えています。何もインポートしていません。',
  'invalid-value':
    '{{where}} の値は War Room が受け付けないものです ({{detail}})。何もインポートしていません。',
  'unknown-event-type':
    '{{where}} のイベントは War Room が知らない種類です ({{detail}})。何もインポートしていません。',
  'duplicate-event':
    '{{where}} のイベントは {{detail}} と同じ ID ですが内容が違います。何もインポートしていません。',
  'duplicate-outbox-row': '{{where}} の未配信の配信が重複しています。何もインポートしていません。',
  'outside-scope':
    '1 件のインシデントのバックアップですが、{{where}} のイベントは別のインシデントのものです。何もインポートしていません。',
  'future-time': '{{where}} の時刻が未来です。何もインポートしていません。',
  'happened-after-recorded':
    '{{where}} のイベントは記録された後に起きたことになっており、ありえません。何もインポートしていません。',
  'checksum-mismatch':
    'このファイルは保存後に変更されたか壊れています: チェックサムが一致しません。何もインポートしていません。',
  'unknown-incident':
    '{{where}} のイベントは、このファイルにもこのデスクトップにもないインシデントのものです ({{detail}})。何もインポートしていません。',
  'unknown-person':
    '{{where}} のイベントは、このファイルにもこのデスクトップにもいない人を指しています ({{detail}})。何もインポートしていません。',
} satisfies ByCode;

export const backupEn = { problem: problemEn };
export const backupJa: typeof backupEn = { problem: problemJa };

/** The runbook import's refusal of a backup file, under `errors.` like the runbook import's own. */
export const backupErrorsEn = {
  'runbook-is-backup': 'This is a War Room backup: import it from Backups. Nothing was imported.',
  // The store's own last check (db/repositories/backup.ts BackupRefusal), should the database change after the preview.
  'backup-unknown-incident': problemEn['unknown-incident'],
  'backup-unknown-person': problemEn['unknown-person'],
};
export const backupErrorsJa: typeof backupErrorsEn = {
  'runbook-is-backup':
    'これは War Room のバックアップです。「バックアップ」からインポートしてください。何もインポートしていません。',
  'backup-unknown-incident': problemJa['unknown-incident'],
  'backup-unknown-person': problemJa['unknown-person'],
};
