/** The Slack connection's words in English and Japanese; app/locales/ mounts them under `slack`. */
export const slackEn = {
  title: 'Slack',
  open: 'Slack connection',
  connected: 'Connected to {{team}} as {{bot}}',
  notConnected: 'Slack is not connected.',
  token: 'Bot token',
  tokenHelp: 'The xoxb-… token of your Slack app (OAuth & Permissions). It stays on this computer.',
  apiUrl: 'API base URL',
  apiUrlHelp: 'Leave as is unless your Slack admin gave you another address (Enterprise Grid).',
  connect: 'Connect',
  connecting: 'Checking the token with Slack…',
  disconnect: 'Disconnect',
  disconnectTitle: 'Disconnect Slack?',
  disconnectBody:
    'War Room forgets the token. Broadcasts already queued wait until you connect again; nothing is lost.',
  cancel: 'Cancel',
  close: 'Close',
  missingScopes:
    'The Slack app lacks these permissions: {{scopes}}. Ask your Slack admin to add them and reinstall the app, then connect again.',
  scopesUnknown:
    'Slack did not say which permissions this token has, so War Room cannot check them now. If one is missing, War Room names it the first time Slack refuses.',
  tokenProblems: {
    empty: 'Paste the bot token first.',
    'inner-space':
      'The token has a space or line break inside it: copy it again in one piece (OAuth & Permissions in your Slack app).',
    'app-token':
      'That is an app-level token (xapp-…). War Room needs the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.',
    'not-bot-token':
      'That is not a Slack bot token: it starts with xoxb- (a user token with xoxp-). Copy the Bot User OAuth Token from OAuth & Permissions.',
    'odd-characters':
      'The token has characters a Slack token never has (quotes or punctuation): copy just the token, nothing around it.',
    'too-short': 'The token is too short to be complete: copy all of it.',
    'too-long': 'That is longer than any Slack token: copy just the token.',
  },
  connectFailures: {
    invalid_auth:
      'Slack does not know this token. Copy the Bot User OAuth Token (xoxb-…) again from your Slack app (OAuth & Permissions) and paste it here.',
    not_authed: 'Slack received no token. Paste the bot token (xoxb-…) here.',
    token_revoked:
      'This token was revoked in Slack. Ask your Slack admin for the app’s current bot token and paste it here.',
    token_expired: 'This token has expired. Paste the app’s current bot token here.',
    account_inactive:
      'The Slack app of this token was deactivated. Ask your Slack admin to reinstall it, then paste its new token here.',
    not_allowed_token_type:
      'Slack does not take this kind of token here. Paste the Bot User OAuth Token (xoxb-…).',
  },
  protection: {
    keychain: 'The token is kept in the system keychain.',
    file: 'The token is kept in a file only your user can read.',
    weak: 'This computer has no keyring: the token would be kept with weak protection.',
  },
  acceptWeakStorage: 'Keep the token without a keyring anyway (weaker protection)',
  noEncryption:
    'This computer offers no encryption for the Slack token (the system keychain or keyring did not answer), so War Room does not keep it. Unlock or set up the keychain (on Linux: GNOME Keyring or KWallet), restart War Room and paste the token again.',
  channelsTitle: 'Stakeholder channels',
  searchChannels: 'Search channels',
  channelList: 'Slack channels',
  moreChannels: 'More channels',
  noChannels: 'No channel matches.',
  byId: 'Or add a channel by ID',
  byIdHelp: 'e.g. C0123ABCD (channel details in Slack, at the bottom)',
  addById: 'Add',
  badChannelId: 'That is not a Slack channel ID (it looks like C0123ABCD).',
  chosen: 'Chosen channels',
  remove: 'Remove #{{name}}',
  privateChannel: 'private',
  notMember: 'the War Room app is not in this channel yet',
};

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
