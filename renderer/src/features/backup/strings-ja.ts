/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { backupEn, backupErrorsEn, ByCode } from './strings';

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

export const backupJa: typeof backupEn = { problem: problemJa };

export const backupErrorsJa: typeof backupErrorsEn = {
  'runbook-is-backup':
    'これは War Room のバックアップです。「バックアップ」からインポートしてください。何もインポートしていません。',
  'backup-unknown-incident': problemJa['unknown-incident'],
  'backup-unknown-person': problemJa['unknown-person'],
};
