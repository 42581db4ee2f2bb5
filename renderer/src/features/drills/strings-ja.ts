/**
 * The drills' Japanese (why a scenario file was refused; starting and running a drill), apart from the
 * English so an English desk's first paint does not carry it: only app/locales/ja.ts imports this file.
 */
import type { drillsEn } from './strings';

type Strings = typeof drillsEn;

const problemJa: Strings['problem'] = {
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
};

const runJa: Strings['run'] = {
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

export const drillsJa: Strings = { problem: problemJa, run: runJa };
