import { resolveJa } from '../../features/incident/resolveStrings-ja';
import { backdateJa, backdateErrorsJa } from '../../features/log/backdateStrings-ja';
import { postmortemErrorsJa } from '../../features/postmortem/errorStrings-ja';
import { postmortemJa } from '../../features/postmortem/strings-ja';
import { cockpitJa } from '../../features/cockpit/strings-ja';
import { settingsJa } from '../../features/settings/strings-ja';
import { rosterJa, rosterTermsJa } from '../../features/roster/strings-ja';
import { paletteJa } from '../../features/palette/strings-ja';
import { analyticsJa } from '../../features/analytics/strings-ja';
import { runbooksJa } from '../../features/runbooks/strings-ja';
import { tasksJa } from '../../features/tasks/strings-ja';
import { broadcastsJa } from '../../features/broadcasts/strings';
import { slackJa } from '../../features/slack/strings-ja';
import { timelineJa } from '../../features/timeline/strings-ja';
import { drillsJa } from '../../features/drills/strings-ja';
import { drillSandboxJa } from '../../features/drills/sandbox-strings-ja';
import { drillRetroJa, drillRetroErrorsJa } from '../../features/drills/retro/strings-ja';
import { snapshotsJa } from '../../features/backup/snapshots/strings-ja';
import { backupJa, backupErrorsJa } from '../../features/backup/strings-ja';
import { backupUiJa } from '../../features/backup/ui-strings-ja';
import { slackImportJa } from '../../features/slack-import/strings-ja';
import { deskJa } from '../desk/strings-ja';
import { bridgeErrorsJa } from './bridge-errors-ja';
import { cappedJa } from './capped-ja';
import { timeJa } from './time-ja';
import type { Strings } from './en';

/** Japanese strings, key for key with en.ts. */
export const ja: Strings = {
  app: {
    name: 'War Room',
    incidents: 'インシデント',
    noIncidents: 'インシデントはまだありません。障害が起きたら宣言してください。',
    noIncidentSelected: 'インシデントを宣言するか、一覧から選んでください。',
    toggleTheme: 'ダークテーマとライトテーマを切り替える',
    language: '言語',
    active: '対応中',
    resolvedList: '解決済み',
    drill: '訓練',
    storageNotPersisted:
      'ディスク容量が少なくなると、このブラウザは War Room のデータを消去する場合があります。デスクトップ版を使うか、このサイトの永続ストレージを許可してください。',
    storageFailed: 'War Room はローカルストアを開けませんでした: {{message}}',
    dismiss: '閉じる',
    openIncidentList: 'インシデント一覧を開く',
    loading: '読み込み中…',
    partFailed: 'War Room のこの部分を読み込めませんでした: {{message}}',
    tryAgain: 'もう一度試す',
  },
  incident: {
    declare: 'インシデントを宣言',
    declareTitle: 'インシデントの宣言',
    title: 'タイトル',
    titleHelp: '何が壊れているかを簡潔に',
    severity: '重大度',
    status: 'ステータス',
    commander: 'インシデントコマンダー',
    summary: '概要',
    summaryHelp: '現時点でわかっていること',
    isDrill: 'これは訓練です',
    cancel: 'キャンセル',
    submit: '宣言する',
    elapsed: '経過時間',
    ic: 'IC',
    changeStatus: 'ステータスを変更',
    changeSeverity: '重大度を変更',
    changeCommander: 'コマンダーを変更',
    commanderNew: '新しいインシデントコマンダー',
    save: '保存',
    declaredAt: '宣言 {{time}}',
  },
  status: {
    investigating: '調査中',
    identified: '原因特定',
    monitoring: '監視中',
    resolved: '解決',
  },
  log: {
    title: 'インシデントログ',
    entries_one: '{{count}} 件',
    entries_other: '{{count}} 件',
    kind: '種類',
    text: '記録',
    textHelp: 'Enter で追加、Shift+Enter で改行',
    author: '記録者',
    add: '記録を追加',
    star: 'スターを付ける',
    unstar: 'スターを外す',
    filterKinds: '表示する種類',
    starredOnly: 'スター付きのみ',
    search: 'ログを検索',
    empty: '該当する記録はありません。',
    loadingMore: '古い記録を読み込み中…',
    capped: '記録は {{max}} 文字までです。先頭部分を追加し、残りは入力欄に残しています。',
    system: '自動',
    list: 'ログの記録',
    saving: '保存中…',
    notSaved: '保存されていません: 文章は入力欄に戻しました',
    dismissNotSaved: '保存されなかった行を閉じる',
  },
  kinds: {
    fact: '事実',
    hypothesis: '仮説',
    decision: '決定',
    action: '対応',
    note: 'メモ',
    system: '自動',
    slack: 'Slack',
  },
  events: {
    conflict: {
      decided:
        '離れている間の競合: {{lostActor}} が{{what}}を {{lost}} に、{{wonActor}} が {{won}} にしました。ルームで後の {{wonActor}} の決定が有効です',
      'task-owner-left':
        '離れている間の競合: {{wonActor}} が「{{title}}」を {{won}} に割り当てましたが、{{lostActor}} が既にチェックアウトしていました。新しい担当者が必要です',
      'command-to-left':
        '離れている間の競合: {{wonActor}} が {{won}} に指揮を引き継ぎましたが、{{lostActor}} が既にチェックアウトしていました。引き継ぐまで {{won}} が指揮します',
      'commander-checked-out':
        '離れている間の競合: {{lostActor}} が指揮中の {{lost}} をチェックアウトしました。引き継ぐまで {{lost}} が指揮を続けます',
      what: {
        'task-owner': '「{{title}}」の担当者',
        'task-status': '「{{title}}」のステータス',
        'incident-status': 'ステータス',
        'incident-severity': '重大度',
        command: 'コマンダー',
      },
    },
    declared: 'インシデント宣言: {{title}} ({{severity}})、コマンダー {{commander}}',
    statusChanged: 'ステータス: {{from}} → {{to}}',
    severityChanged: '重大度: {{from}} → {{to}}',
    commanderChanged: '指揮を {{from}} から {{to}} へ引き継ぎ',
    checkedIn: '{{name}} が {{roles}} としてチェックイン ({{location}})',
    checkedInLate: '{{name}} が {{roles}} としてチェックイン ({{location}})、後から記録: {{reason}}',
    checkedOut: '{{name}} がチェックアウト: {{reason}}',
    roleAssumed: '{{name}} が役割 {{role}} を担当',
    roleRenounced: '{{name}} が役割 {{role}} を解除',
    restStarted: '{{name}} が休憩に入りました',
    restEnded: '{{name}} が休憩から戻りました',
    assignmentChanged: '{{name}} の担当: {{assignment}}',
  },
  nudges: {
    title: 'お知らせ',
    none: '今すぐ対応が必要なことはありません。',
    'send-to-rest': '{{name}} を休憩させてください: 休憩なしで {{duration}} 勤務',
    'plan-hand-over': '{{name}} は {{time}} に 16 時間に達します: 引き継ぎを計画してください',
    'hand-over-now': '{{name}} の勤務は {{duration}}: 今すぐ引き継いでください',
    'commander-fatigue': 'あなたは{{level}}です ({{reason}}): 指揮を引き継いでください',
    notificationTitle: 'War Room: {{name}} は{{level}}',
  },
  roster: rosterJa,
  settings: settingsJa,
  terms: rosterTermsJa,
  tasks: tasksJa,
  runbooks: runbooksJa,
  broadcasts: broadcastsJa,
  slack: slackJa,
  slackImport: slackImportJa,
  palette: paletteJa,
  resolve: resolveJa,
  backdate: backdateJa,
  postmortem: postmortemJa,
  desk: deskJa,
  cockpit: cockpitJa,
  analytics: analyticsJa,
  timeline: timelineJa,
  drills: drillsJa,
  drillSandbox: drillSandboxJa,
  drillRetro: drillRetroJa,
  snapshots: snapshotsJa,
  backup: backupJa,
  backupUi: backupUiJa,
  time: timeJa,
  capped: cappedJa,
  errors: {
    bridge: bridgeErrorsJa,
    'broadcast-no-channel': '送信する前に報告先のチャンネルを 1 つ以上選んでください。',
    'broadcast-too-long': '報告が Slack には長すぎます ({{limit}} 文字までのところ {{length}} 文字)。',
    'unknown-delivery': 'その報告はこのデスクトップの送信待ちにありません。',
    'delivery-in-flight': 'その報告はすでに Slack に届いている可能性があり、確認中です。少し待ってください。',
    'cadence-out-of-range': '報告の間隔は {{min}} 分から {{max}} 分の間で指定してください。',
    'bad-channel-id': '「{{value}}」は Slack のチャンネル ID ではありません (C0123ABCD のような形式です)。',
    'no-war-room-channel': 'このインシデントにはまだ Slack チャンネルがありません。',
    required: '{{field}}を入力してください。',
    'too-long': '{{field}}が {{max}} 文字を超えています。',
    'unknown-severity': '不明な重大度「{{value}}」です。',
    'unknown-status': '不明なステータス「{{value}}」です。',
    'resolve-open-tasks':
      '未完了のタスクがあります({{count}} 件)。フォローアップに移すか取り下げるかを選んでください。',
    'not-resolved': 'このインシデントはまだ解決していません。',
    'unknown-incident': 'そのインシデントは存在しません。',
    'unknown-entry': 'その記録は存在しません。',
    'unknown-entry-kind': '不明な記録の種類「{{value}}」です。',
    'unknown-person': 'そのメンバーは名簿にいません。',
    'person-exists': '{{name}} はすでに名簿にいます。',
    'bad-slack-id': '「{{value}}」は Slack ユーザー ID ではありません (例: U0123ABCD)。',
    'bad-email': '「{{value}}」はメールアドレスではありません。',
    'bad-time-zone': '「{{value}}」はタイムゾーンではありません (例: Asia/Tokyo)。',
    ...backdateErrorsJa,
    ...postmortemErrorsJa,
    ...drillRetroErrorsJa,
    ...backupErrorsJa,
    'already-checked-in': '{{name}} はすでにチェックインしています。',
    'not-checked-in': 'そのメンバーはもうチェックインしていません。',
    'not-checked-in-name': '{{name}} はチェックインしていません。先にチェックインしてください。',
    'use-hand-over': '指揮は「指揮を引き継ぐ」でのみ交代できます。',
    'hand-over-first':
      '{{name}} はインシデントコマンダーです。チェックアウトの前に指揮を引き継いでください。',
    'check-out-before-check-in': 'チェックアウト時刻がチェックイン時刻より前です。',
    'already-resting': '{{name}} はすでに休憩中です。',
    'not-resting': '{{name}} は休憩中ではありません。',
    'commander-cannot-rest': 'インシデントコマンダーは指揮中に休憩できません。先に引き継いでください。',
    'already-commander': 'そのメンバーはすでにインシデントコマンダーです。',
    'hand-over-to-resting': '{{name}} は休憩中です。指揮は勤務中のメンバーに引き継いでください。',
    'bad-threshold': '範囲外の値です: {{field}}。',
    'bad-star-reaction': '「{{value}}」は Slack のリアクション名ではありません (例: :pushpin:)。',
    'disk-full':
      'ディスクがいっぱいで保存できませんでした。空き容量を確保して再試行してください。入力内容は残っています。',
    'storage-failed': 'ローカルストアに保存できませんでした。何も変更されていません。再試行してください。',
    'unknown-task': 'そのタスクはもう存在しません。',
    'unknown-task-category': '不明なタスク分類「{{value}}」です。',
    'unknown-task-status': '不明なタスクのステータス「{{value}}」です。',
    'bad-time-box': '確認までの時間は 1 から {{max}} までの整数 (分) で指定してください。',
    'follow-up-due-in-past': 'フォローアップの期日はインシデント後です。これから先の日付を選んでください。',
    'follow-up-has-due-date': 'フォローアップには確認のカウントダウンではなく期日があります。',
    'task-needs-owner': '「{{title}}」には担当者がいません。先に割り当ててください。',
    'blocked-needs-reason': 'タスクを妨げているものを書いてください。理由は空にできません。',
    'dropped-needs-reason': 'タスクを取り下げる理由を書いてください。理由は空にできません。',
    'owner-checked-out':
      '{{name}} はチェックアウト済みです。インシデントに参加中のメンバーに割り当ててください。',
    'task-closed': '「{{title}}」は終了しています。先に未着手に戻してください。',
    'unknown-runbook': 'そのランブックはもう存在しません。',
    'runbook-exists': '「{{name}}」という名前のランブックはすでにあります。',
    'runbook-invalid':
      'War Room のランブックとして正しくありません ({{problem}})。何も読み込み・保存していません。',
    'runbook-not-json': 'このファイルは JSON ではありません ({{problem}})。何も読み込んでいません。',
    'runbook-already-applied': 'ランブック「{{name}}」はすでにこのインシデントのボードにあります。',
    unexpected: '問題が発生しました: {{message}}',
  },
  fields: {
    title: 'タイトル',
    commander: 'インシデントコマンダー',
    summary: '概要',
    entry: '記録',
    author: '記録者',
    name: '名前',
    team: 'チーム',
    contact: '連絡先',
    location: '場所',
    assignment: '担当',
    note: 'メモ',
    description: '説明',
    reason: '理由',
  },
};
