/** The Slack import's words in English (strings-ja.ts has the Japanese); app/locales/ mounts them under `slackImport`. */
export const slackImportEn = {
  command: 'Import Slack conversation',
  keywords: 'slack channel messages history threads timeline',
  importing: 'Reading the incident’s Slack channel…',
  imported_one: 'Imported {{count}} new message, {{edited}} edited, {{deleted}} deleted',
  imported_other: 'Imported {{count}} new messages, {{edited}} edited, {{deleted}} deleted',
  partial: '{{result}}. The channel is longer than War Room reads at once, so no message was marked deleted.',
  edited: 'edited',
  deleted: 'deleted in Slack',
  openInSlack: 'Open in Slack',
  starReaction: 'Reaction that stars a message',
  starReactionHelp:
    'When the incident channel is imported, pinned messages and those with this reaction are starred in the log.',
  saveStarReaction: 'Save',
  failed: {
    notConnected: 'Slack is not connected, so nothing was imported. Connect Slack first (Slack connection).',
    missingScope:
      'War Room’s Slack app lacks {{scope}}, so nothing was imported. Ask your Slack admin to add {{scope}} to the app and reinstall it, then import again.',
    unreachable: 'Slack could not be reached, so nothing was imported. Check the network and import again.',
    other: 'Nothing was imported: {{reason}}',
  },
};
