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

/** Starting a drill, the injects as the players meet them, the game master's view and the countdown. */
const runEn = {
  startCommand: 'Start a drill…',
  startKeywords: 'drill exercise scenario practise practice game master',
  startButton: 'Start a drill',
  startTitle: 'Start a drill',
  startHelp:
    'Pick a scenario or import one. Its injects are not shown here: the players may be looking at this screen.',
  shipped: 'Scenario',
  importFile: 'Import a scenario file…',
  fileChosen: 'Imported from {{name}}',
  loadingScenarios: 'Loading the scenarios…',
  builtFrom: 'Built from {{organisation}}’s postmortem of {{date}}: {{title}}',
  readSource: 'Read the postmortem',
  timeLimit: 'Time limit: {{minutes}} minutes',
  roles: 'Roles to play: {{roles}}',
  people: 'People who will join (played by the game master): {{people}}',
  noPeople: 'none',
  injects_one: '{{count}} inject',
  injects_other: '{{count}} injects',
  commander: 'Who plays IC',
  commanderRequired: 'Name who plays the incident commander.',
  start: 'Start the drill',
  cancel: 'Cancel',
  pickFirst: 'Pick a scenario or import one first.',
  businessSide: 'Business side',
  startedLine: 'Drill started: {{title}} ({{minutes}} minutes)',
  nudge: '{{from}}, to the {{role}}: {{text}}',
  dismissNudge: 'Dismiss this drill message',
  gmCommand: 'Game master view',
  gmKeywords: 'drill script injects game master evaluator',
  gmTitle: 'Game master: {{title}}',
  gmHidden: 'For the game master only: this view holds the whole script. Keep it off the players’ screen.',
  gmNotDrill: 'This incident was not started from a scenario: there is no script to run.',
  gmUnreadable: 'This drill’s scenario cannot be read by this version of War Room.',
  drillClock: 'Drill clock',
  next: 'Next: {{id}} in {{in}}',
  nextContingency: 'Next: the contingency of {{id}} in {{in}}',
  nothingNext: 'Nothing more is due.',
  script: 'Script',
  colAt: 'At',
  colTarget: 'For',
  colInject: 'Inject',
  colExpected: 'Expected response',
  colState: 'What happened',
  colActions: 'Actions',
  kinds: {
    fact: 'Fact',
    'stakeholder-question': 'Stakeholder asks',
    'responder-quiet': 'Responder goes quiet',
    'new-symptom': 'New symptom',
  },
  expect: {
    'task-assigned': 'A task assigned about: {{words}}',
    'task-assigned-any': 'A task assigned',
    'update-sent': 'A stakeholder update sent',
    'status-changed': 'Status changed to {{to}}',
    'severity-changed': 'Severity changed to {{to}}',
    'severity-changed-any': 'Severity changed',
    'responder-rested': '{{person}} sent to rest',
    'responder-rested-any': 'Someone sent to rest',
    'command-handed-over': 'Command handed over to {{person}}',
    'command-handed-over-any': 'Command handed over',
    'checked-in': '{{person}} checked in',
    'checked-in-any': 'Someone checked in',
    'game-master': 'You judge: {{what}}',
  },
  contingencyAt: 'If not by {{at}}: {{text}}',
  notShown: 'Not shown yet',
  shownAt: 'Shown at {{at}}',
  shownEarly: 'Shown early at {{at}}',
  skipped: 'Skipped',
  responseDetected: 'Done at {{at}}: {{evidence}}',
  responseTicked: 'Ticked at {{at}}',
  responseMissing: 'Not done yet',
  contingencyWaiting: 'Contingency due at {{at}}',
  contingencyFired: 'Contingency sent at {{at}}',
  contingencyNotNeeded: 'Contingency not needed',
  contingencySkipped: 'Contingency called off',
  injectNow: 'Inject now',
  injectNowLabel: 'Inject {{id}} now',
  skip: 'Skip',
  skipLabel: 'Skip {{id}}',
  tick: 'Tick',
  tickLabel: 'Tick {{id}}: the expected response happened',
  pause: 'Pause',
  resume: 'Resume',
  end: 'End: the business side agrees it is resolved',
  close: 'Close',
  countdownLabel: 'Drill time left',
  left: '{{left}} left',
  paused: 'Paused · {{left}} left',
  timeUp: 'Time is up',
  ended: 'Drill ended',
};

const runJa: typeof runEn = {
  startCommand: '訓練を始める…',
  startKeywords: '訓練 ドリル シナリオ 演習 ゲームマスター drill',
  startButton: '訓練を始める',
  startTitle: '訓練を始める',
  startHelp:
    'シナリオを選ぶか、インポートしてください。プレイヤーが画面を見ているかもしれないので、インジェクトはここには表示しません。',
  shipped: 'シナリオ',
  importFile: 'シナリオファイルをインポート…',
  fileChosen: '{{name}} からインポート',
  loadingScenarios: 'シナリオを読み込んでいます…',
  builtFrom: '{{organisation}} の {{date}} のポストモーテムに基づく: {{title}}',
  readSource: 'ポストモーテムを読む',
  timeLimit: '制限時間: {{minutes}} 分',
  roles: '演じる役割: {{roles}}',
  people: '途中で加わる人 (ゲームマスターが演じる): {{people}}',
  noPeople: 'なし',
  injects_one: 'インジェクト {{count}} 件',
  injects_other: 'インジェクト {{count}} 件',
  commander: 'IC を演じる人',
  commanderRequired: 'インシデントコマンダーを演じる人の名前を入れてください。',
  start: '訓練を開始',
  cancel: 'キャンセル',
  pickFirst: '先にシナリオを選ぶか、インポートしてください。',
  businessSide: 'ビジネス側',
  startedLine: '訓練開始: {{title}} ({{minutes}} 分)',
  nudge: '{{from}} から{{role}}へ: {{text}}',
  dismissNudge: 'この訓練メッセージを閉じる',
  gmCommand: 'ゲームマスター画面',
  gmKeywords: '訓練 ドリル 台本 インジェクト ゲームマスター 評価 drill',
  gmTitle: 'ゲームマスター: {{title}}',
  gmHidden:
    'ゲームマスター専用: この画面には台本がすべて載っています。プレイヤーの画面に映さないでください。',
  gmNotDrill: 'このインシデントはシナリオから始めたものではないので、進める台本がありません。',
  gmUnreadable: 'この訓練のシナリオは、このバージョンの War Room では読めません。',
  drillClock: '訓練の時計',
  next: '次: {{id}} まで {{in}}',
  nextContingency: '次: {{id}} のコンティンジェンシーまで {{in}}',
  nothingNext: 'これ以上予定されているものはありません。',
  script: '台本',
  colAt: '時刻',
  colTarget: '宛先',
  colInject: 'インジェクト',
  colExpected: '期待する対応',
  colState: '起きたこと',
  colActions: '操作',
  kinds: {
    fact: '事実',
    'stakeholder-question': '関係者からの質問',
    'responder-quiet': '対応者が応答しない',
    'new-symptom': '新しい症状',
  },
  expect: {
    'task-assigned': '次に関するタスクの割り当て: {{words}}',
    'task-assigned-any': 'タスクの割り当て',
    'update-sent': '関係者への状況報告',
    'status-changed': 'ステータスを {{to}} に変更',
    'severity-changed': '重大度を {{to}} に変更',
    'severity-changed-any': '重大度の変更',
    'responder-rested': '{{person}} を休ませる',
    'responder-rested-any': '誰かを休ませる',
    'command-handed-over': '{{person}} へ指揮を引き継ぐ',
    'command-handed-over-any': '指揮の引き継ぎ',
    'checked-in': '{{person}} のチェックイン',
    'checked-in-any': '誰かのチェックイン',
    'game-master': 'あなたが判断: {{what}}',
  },
  contingencyAt: '{{at}} までになければ: {{text}}',
  notShown: 'まだ出していません',
  shownAt: '{{at}} に出しました',
  shownEarly: '{{at}} に前倒しで出しました',
  skipped: 'スキップ',
  responseDetected: '{{at}} に対応: {{evidence}}',
  responseTicked: '{{at}} にチェック',
  responseMissing: 'まだ対応がありません',
  contingencyWaiting: 'コンティンジェンシーは {{at}}',
  contingencyFired: '{{at}} にコンティンジェンシーを出しました',
  contingencyNotNeeded: 'コンティンジェンシーは不要でした',
  contingencySkipped: 'コンティンジェンシーは取りやめ',
  injectNow: '今すぐ出す',
  injectNowLabel: '{{id}} を今すぐ出す',
  skip: 'スキップ',
  skipLabel: '{{id}} をスキップ',
  tick: 'チェック',
  tickLabel: '{{id}} をチェック: 期待する対応がありました',
  pause: '一時停止',
  resume: '再開',
  end: '終了: ビジネス側が解決を認めた',
  close: '閉じる',
  countdownLabel: '訓練の残り時間',
  left: '残り {{left}}',
  paused: '一時停止中 · 残り {{left}}',
  timeUp: '時間切れ',
  ended: '訓練終了',
};

export const drillsEn = { problem: problemEn, run: runEn };
export const drillsJa: typeof drillsEn = { problem: problemJa, run: runJa };
