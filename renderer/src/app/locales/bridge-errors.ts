import type { BridgeError } from '../../../../preload/contract';

export type ByCode = Record<BridgeError['code'], string>;

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
