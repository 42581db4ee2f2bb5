/** The Japanese of ./strings.ts, key for key; only locales/ja.ts imports it, so an English desk never loads it. */
import type { slackEn } from './strings';

export const slackJa: typeof slackEn = {
  title: 'Slack',
  open: 'Slack 接続',
  connected: '{{team}} に {{bot}} として接続済み',
  notConnected: 'Slack に接続していません。',
  token: 'Bot トークン',
  tokenHelp: 'Slack アプリの xoxb-… トークン (OAuth & Permissions)。このコンピューターの外には出ません。',
  apiUrl: 'API のベース URL',
  apiUrlHelp: 'Slack 管理者から別のアドレス (Enterprise Grid) を指定された場合のみ変更します。',
  connect: '接続',
  connecting: 'Slack でトークンを確認しています…',
  disconnect: '接続を解除',
  disconnectTitle: 'Slack との接続を解除しますか?',
  disconnectBody:
    'War Room はトークンを削除します。送信待ちのブロードキャストは再接続まで待機し、失われません。',
  cancel: 'キャンセル',
  close: '閉じる',
  missingScopes:
    'Slack アプリに次の権限がありません: {{scopes}}。Slack 管理者に追加とアプリの再インストールを依頼し、再接続してください。',
  scopesUnknown:
    'Slack はこのトークンの権限を知らせてこなかったため、War Room は今は確認できません。足りない権限があれば、Slack が最初に拒否したときに War Room がその名前を示します。',
  tokenProblems: {
    empty: 'まず Bot トークンを貼り付けてください。',
    'inner-space':
      'トークンの途中に空白か改行があります。Slack アプリの OAuth & Permissions から、ひと続きでコピーし直してください。',
    'app-token':
      'これはアプリレベルトークン (xapp-…) です。War Room には OAuth & Permissions にある Bot User OAuth Token (xoxb-…) が必要です。',
    'not-bot-token':
      'Slack の Bot トークンではありません。Bot トークンは xoxb- で始まります (ユーザートークンは xoxp-)。OAuth & Permissions から Bot User OAuth Token をコピーしてください。',
    'odd-characters':
      'Slack のトークンにはない文字 (引用符や記号) が含まれています。トークンだけをコピーしてください。',
    'too-short': 'トークンが短すぎて途中までしかないようです。全体をコピーしてください。',
    'too-long': 'どの Slack トークンよりも長すぎます。トークンだけをコピーしてください。',
  },
  connectFailures: {
    invalid_auth:
      'Slack はこのトークンを知りません。Slack アプリの OAuth & Permissions から Bot User OAuth Token (xoxb-…) をコピーし直して、ここに貼り付けてください。',
    not_authed: 'Slack にトークンが届きませんでした。Bot トークン (xoxb-…) をここに貼り付けてください。',
    token_revoked:
      'このトークンは Slack で無効化されています。Slack 管理者にアプリの現在の Bot トークンを尋ね、ここに貼り付けてください。',
    token_expired: 'このトークンは期限切れです。アプリの現在の Bot トークンをここに貼り付けてください。',
    account_inactive:
      'このトークンの Slack アプリは無効化されています。Slack 管理者に再インストールを依頼し、新しいトークンをここに貼り付けてください。',
    not_allowed_token_type:
      'この種類のトークンは使えません。Bot User OAuth Token (xoxb-…) を貼り付けてください。',
  },
  protection: {
    keychain: 'トークンはシステムのキーチェーンに保存されます。',
    file: 'トークンはあなたのユーザーだけが読めるファイルに保存されます。',
    weak: 'このコンピューターにはキーリングがないため、トークンは弱い保護で保存されます。',
  },
  acceptWeakStorage: 'キーリングなしでもトークンを保存する (保護が弱くなります)',
  noEncryption:
    'このコンピューターには Slack トークンを暗号化する手段がありません (システムのキーチェーンまたはキーリングが応答しません)。そのため War Room はトークンを保存しません。キーチェーンのロックを解除するか設定し (Linux では GNOME Keyring または KWallet)、War Room を再起動してからトークンをもう一度貼り付けてください。',
  channelsTitle: '関係者への通知チャンネル',
  searchChannels: 'チャンネルを検索',
  channelList: 'Slack のチャンネル',
  moreChannels: 'さらに表示',
  noChannels: '一致するチャンネルがありません。',
  byId: 'または ID でチャンネルを追加',
  byIdHelp: '例: C0123ABCD (Slack のチャンネル詳細の一番下)',
  addById: '追加',
  badChannelId: 'Slack のチャンネル ID ではありません (C0123ABCD のような形式です)。',
  chosen: '選んだチャンネル',
  remove: '#{{name}} を外す',
  privateChannel: 'プライベート',
  notMember: 'War Room アプリはまだこのチャンネルに参加していません',
};
