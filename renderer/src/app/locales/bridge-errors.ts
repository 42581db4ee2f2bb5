import type { BridgeError } from '../../../../preload/contract';

type ByCode = Record<BridgeError['code'], string>;

/**
 * What a failure in War Room's own service or in Slack means, by the code the main process answers: the
 * IC reads it in the app's language, never in main's English `message`.
 */
const codesEn = {
  // The detail is main's own words (which field, what to fix); the sentence around it is translated.
  bad_input: 'War Room did not accept what was sent, and nothing was changed: {{detail}}',
  unknown_method: 'This window asked War Room’s service for something it does not offer. Reload the window.',
  forbidden: 'War Room’s service refused this window. Reload it.',
  internal: 'Something went wrong in War Room’s service. Nothing was changed; try again.',
  auth: 'Slack did not accept the token. Check the Slack connection.',
  channel: 'Slack refused that channel. Choose another channel, or invite the app to it.',
  payload: 'Slack refused the message. Edit it; sending it again as is will not help.',
  rate_limited: 'Slack asked War Room to slow down. It will send again shortly; nothing to do.',
  transient: 'Slack had a temporary problem or could not be reached. War Room will try again.',
  ambiguous:
    'Slack did not confirm in time: it may or may not have gone through. War Room checks before sending again.',
  disk_full: 'The disk is full: the file was not saved. Free some space and try again.',
  cancelled: 'Cancelled: nothing was saved.',
  weak_storage:
    'This machine can only keep the Slack token in weakly protected storage. Accept that explicitly to connect.',
  no_encryption:
    'This computer offers no encryption for the Slack token, so War Room does not keep it. Unlock or set up the system keychain (on Linux: GNOME Keyring or KWallet), restart War Room and connect again.',
  host_unreachable: 'War Room’s own service is not answering. Check that War Room is still running.',
  bridge_rejected: 'War Room’s service no longer accepts this window: reload it.',
} satisfies ByCode;

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

/**
 * Whether this renderer knows `code` (a newer main may answer one it does not). Read from the strings,
 * which name every code, rather than from the contract, whose schemas the first paint does without.
 */
export function isBridgeErrorCode(code: string): code is BridgeError['code'] {
  return Object.hasOwn(codesEn, code);
}

export const bridgeErrorsEn = {
  codes: codesEn,
  /** Slack's own code, kept for whoever diagnoses it. */
  slackSaid: '{{text}} (Slack: {{slackError}})',
  retryIn: 'Slack asked War Room to slow down. It will send again in {{seconds}} s; nothing to do.',
};

export const bridgeErrorsJa: typeof bridgeErrorsEn = {
  codes: codesJa,
  slackSaid: '{{text}} (Slack: {{slackError}})',
  retryIn: 'Slack から送信を控えるよう求められました。{{seconds}} 秒後に自動で再送します。操作は不要です。',
};
