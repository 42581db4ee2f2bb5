/**
 * One import of the incident's Slack conversation, as the IC asks for it: find the incident's channel, have
 * main read it (the token stays there), log the difference, and say in words what happened.
 */
import type { BridgeError } from '../../../../preload/contract';
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
