/**
 * One import of the incident's Slack conversation, as the IC asks for it: find the incident's channel, have
 * main read it (the token stays there), log the difference, and say in words what happened.
 */
import type { TFunction } from 'i18next';
import type { BridgeError } from '../../../../preload/contract';
import { describeBridgeError } from '../../app/bridgeErrors';
import { call } from '../../bridge';
import { db } from '../../db';
import type { RecordContext } from '../../db/append';
import {
  recordSlackImport,
  warRoomChannelId,
  type SlackImportResult,
} from '../../db/repositories/slack-import';

export type SlackImportOutcome = { ok: true; result: SlackImportResult } | { ok: false; error: BridgeError };

/** Reads the channel and logs what is new; a refusal by Slack is answered, a missing channel is thrown. */
export async function importSlackConversation(
  incidentId: string,
  context: () => RecordContext,
): Promise<SlackImportOutcome> {
  const channelId = await warRoomChannelId(db, incidentId);
  const answer = await call('slack:channel-history', { channel: channelId });
  if (!answer.ok) return { ok: false, error: answer.error };
  // Read the time after Slack answered: a message written meanwhile is not dated after "now".
  return { ok: true, result: await recordSlackImport(db, incidentId, channelId, answer.value, context()) };
}

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
