/** The Japanese of ./bridge-errors.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { bridgeErrorsEn, ByCode } from './bridge-errors';

const codesJa = {
  bad_input: 'War Room は送られた内容を受け付けず、何も変更していません: {{detail}}',
  unknown_method:
    'このウィンドウが War Room のサービスにない機能を要求しました。ウィンドウを再読み込みしてください。',
  forbidden: 'War Room のサービスがこのウィンドウを拒否しました。再読み込みしてください。',
  internal: 'War Room のサービスで問題が起きました。何も変更されていません。もう一度試してください。',
  auth: 'Slack がトークンを受け付けませんでした。Slack 接続を確認してください。',
  channel: 'Slack がそのチャンネルを拒否しました。別のチャンネルを選ぶか、アプリを招待してください。',
  payload: 'Slack がメッセージを拒否しました。編集してください。そのまま再送しても通りません。',
  rate_limited: 'Slack から送信を控えるよう求められました。まもなく自動で再送します。操作は不要です。',
  transient: 'Slack に一時的な問題があるか、接続できませんでした。War Room が再試行します。',
  ambiguous:
    'Slack から時間内に確認が返りませんでした。届いたかどうか不明です。War Room が再送の前に確認します。',
  disk_full: 'ディスクがいっぱいです。ファイルは保存されていません。空き容量を作ってもう一度試してください。',
  cancelled: 'キャンセルしました。何も保存されていません。',
  weak_storage:
    'このマシンでは Slack トークンを弱い保護でしか保存できません。接続するにはそれを明示的に承認してください。',
  no_encryption:
    'このコンピューターには Slack トークンを暗号化する手段がないため、War Room はトークンを保存しません。システムのキーチェーンのロックを解除するか設定し (Linux では GNOME Keyring または KWallet)、War Room を再起動して接続し直してください。',
  host_unreachable: 'War Room のサービスが応答しません。War Room が動いているか確認してください。',
  bridge_rejected: 'War Room のサービスはこのウィンドウを受け付けなくなりました。再読み込みしてください。',
} satisfies ByCode;

export const bridgeErrorsJa: typeof bridgeErrorsEn = {
  codes: codesJa,
  slackSaid: '{{text}} (Slack: {{slackError}})',
  retryIn: 'Slack から送信を控えるよう求められました。{{seconds}} 秒後に自動で再送します。操作は不要です。',
};
