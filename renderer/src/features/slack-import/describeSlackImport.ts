import type { TFunction } from 'i18next';
import type { BridgeError } from '../../../../preload/contract';
import { describeBridgeError } from '../../app/bridgeErrors';
import type { SlackImportResult } from '../../db/repositories/slack-import';

/** "Imported 12 new messages, 1 edited, 1 deleted", saying so when deletions could not be checked. */
export function describeSlackImport(t: TFunction, result: SlackImportResult): string {
  const counts = t('slackImport.imported', {
    count: result.added,
    edited: result.edited,
    deleted: result.deleted,
  });
  return result.complete ? counts : t('slackImport.partial', { result: counts });
}

/** Why nothing was imported, naming what the IC can fix: the connection, a permission, the network. */
export function describeSlackImportFailure(t: TFunction, error: BridgeError): string {
  if (error.slackError === 'missing_scope') {
    return t('slackImport.failed.missingScope', { scope: error.neededScope ?? 'channels:history' });
  }
  if (error.code === 'auth' && error.slackError === 'not_authed') return t('slackImport.failed.notConnected');
  if (error.slackError === 'unreachable') return t('slackImport.failed.unreachable');
  return t('slackImport.failed.other', { reason: describeBridgeError(t, error) });
}
