/**
 * Why a scenario file was refused, by ScenarioProblemCode (domain/drills/problems.ts), in English and
 * Japanese; app/locales/ mounts them under `drills.problem`. `{{where}}` is the place in the file (a
 * path such as injects[3].contingency.at, or line:column); `{{detail}}` what was found there.
 */
import type { ScenarioProblemCode } from '../../domain/drills/problems';

type ByCode = Record<ScenarioProblemCode, string>;

const problemEn = {
  'too-large': 'This file is too large to be a drill scenario ({{detail}} characters). Nothing was imported.',
  empty: 'This file is empty. Nothing was imported.',
  'too-deep':
    'This file nests data more than {{detail}} levels deep at line:column {{where}}: no scenario does. Nothing was imported.',
  'not-json':
    'This file is not valid JSON at line:column {{where}}: {{detail}}. It may be cut short or damaged. Nothing was imported.',
  'forbidden-key':
    'This file holds a key War Room never writes, at {{where}}. It was refused for safety; nothing was imported.',
  'not-a-scenario': 'This file is not a War Room drill scenario. Nothing was imported.',
  'runbook-file': 'This is a runbook file: import it from Runbooks. Nothing was imported.',
  'backup-file': 'This is a War Room backup: import it from Backups. Nothing was imported.',
  'newer-version':
    'This scenario was made by a newer War Room (format {{detail}}). Update War Room to import it. Nothing was imported.',
  'unknown-version':
    'This scenario has a format version War Room does not know ({{detail}}). Nothing was imported.',
  'missing-field': 'Something is missing at {{where}}. Nothing was imported.',
  'unknown-field': 'This file has a field War Room does not know at {{where}}. Nothing was imported.',
  'wrong-type': 'The value at {{where}} should be a {{detail}}. Nothing was imported.',
  'too-long': 'The text at {{where}} is longer than {{detail}} characters. Nothing was imported.',
  'too-many': 'There are more than {{detail}} entries at {{where}}. Nothing was imported.',
  'invalid-value': 'The value at {{where}} is not one War Room accepts ({{detail}}). Nothing was imported.',
  'bad-offset':
    'The time at {{where}} is “{{detail}}”: write minutes and seconds from the start, like 4:30. Nothing was imported.',
  'unknown-role': 'The role at {{where}} is not one War Room knows ({{detail}}). Nothing was imported.',
  'role-not-played':
    'The inject at {{where}} is for the {{detail}} role, which nobody plays in this scenario: add it to roles. Nothing was imported.',
  'beyond-time-limit':
    'The time at {{where}} is past the drill’s time limit of {{detail}} minutes, so it would never come. Nothing was imported.',
  'contingency-too-early':
    'The contingency at {{where}} comes no later than its inject ({{detail}}): it must come after. Nothing was imported.',
  'duplicate-inject':
    'The inject id at {{where}} is already used by {{detail}}: each inject needs its own. Nothing was imported.',
  'unknown-person':
    'The response at {{where}} names {{detail}}, who is not among the scenario’s people. Nothing was imported.',
} satisfies ByCode;

const problemJa = {
  'too-large': '訓練シナリオとしては大きすぎるファイルです ({{detail}} 文字)。何もインポートしていません。',
  empty: 'ファイルが空です。何もインポートしていません。',
  'too-deep':
    '行:列 {{where}} でデータの入れ子が {{detail}} 段を超えています。シナリオではありえません。何もインポートしていません。',
  'not-json':
    '行:列 {{where}} で JSON として正しくありません: {{detail}}。途中で切れているか壊れている可能性があります。何もインポートしていません。',
  'forbidden-key':
    '{{where}} に War Room が書かないキーがあります。安全のため拒否しました。何もインポートしていません。',
  'not-a-scenario': 'War Room の訓練シナリオファイルではありません。何もインポートしていません。',
  'runbook-file':
    'これはランブックのファイルです。「ランブック」からインポートしてください。何もインポートしていません。',
  'backup-file':
    'これは War Room のバックアップです。「バックアップ」からインポートしてください。何もインポートしていません。',
  'newer-version':
    'このシナリオは新しい War Room (形式 {{detail}}) で作られています。War Room を更新してからインポートしてください。何もインポートしていません。',
  'unknown-version': 'War Room が知らない形式のバージョンです ({{detail}})。何もインポートしていません。',
  'missing-field': '{{where}} に必要な項目がありません。何もインポートしていません。',
  'unknown-field': '{{where}} に War Room が知らない項目があります。何もインポートしていません。',
  'wrong-type': '{{where}} の値は {{detail}} であるべきです。何もインポートしていません。',
  'too-long': '{{where}} のテキストが {{detail}} 文字を超えています。何もインポートしていません。',
  'too-many': '{{where}} の項目が {{detail}} 件を超えています。何もインポートしていません。',
  'invalid-value':
    '{{where}} の値は War Room が受け付けないものです ({{detail}})。何もインポートしていません。',
  'bad-offset':
    '{{where}} の時刻が「{{detail}}」です。開始からの分と秒を 4:30 のように書いてください。何もインポートしていません。',
  'unknown-role': '{{where}} の役割は War Room が知らないものです ({{detail}})。何もインポートしていません。',
  'role-not-played':
    '{{where}} のインジェクトは {{detail}} 宛てですが、このシナリオでその役割を演じる人がいません。roles に加えてください。何もインポートしていません。',
  'beyond-time-limit':
    '{{where}} の時刻が訓練の制限時間 {{detail}} 分を過ぎていて、届くことがありません。何もインポートしていません。',
  'contingency-too-early':
    '{{where}} のコンティンジェンシーがインジェクト ({{detail}}) より後になっていません。後にしてください。何もインポートしていません。',
  'duplicate-inject':
    '{{where}} のインジェクト ID は {{detail}} ですでに使われています。それぞれ別の ID にしてください。何もインポートしていません。',
  'unknown-person':
    '{{where}} の応答が {{detail}} を指していますが、シナリオの人物にいません。何もインポートしていません。',
} satisfies ByCode;

export const drillsEn = { problem: problemEn };
export const drillsJa: typeof drillsEn = { problem: problemJa };
