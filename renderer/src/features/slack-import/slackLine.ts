import type { TFunction } from 'i18next';
import { decodeEntities } from '../../domain/broadcasts/mrkdwn';
import type { KnownSlackMessage } from '../../domain/slack-import/reconcile';

/**
 * What the log line of an imported Slack message shows: its current text as plain text (Slack's three
 * entities decoded, nothing else interpreted) and, apart from it, whether it was edited or deleted in Slack.
 */
export function slackLine(t: TFunction, message: KnownSlackMessage): { text: string; mark: string | null } {
  const mark = message.deleted ? t('slackImport.deleted') : message.edited ? t('slackImport.edited') : null;
  return { text: decodeEntities(message.text), mark };
}
