/** The Slack connection's words in English (strings-ja.ts has the Japanese); app/locales/ mounts them under `slack`. */
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
