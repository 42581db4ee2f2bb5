/**
 * Which of War Room's permissions a token lacks, from the scopes Slack reports with each answer (its
 * X-OAuth-Scopes header). Pure, so "Slack did not say" stays apart from "Slack said none".
 */

/** Scopes War Room cannot work without: post, find channels, re-read history, open/close channels. */
export const REQUIRED_SCOPES = [
  'chat:write',
  'channels:read',
  'channels:history',
  'channels:manage',
] as const;

export type GrantedScopes = {
  /** The permissions granted to the token, as Slack reports them; empty when it did not say. */
  scopes: string[];
  /** Permissions War Room needs that Slack said the token lacks: the IC can fix them before the incident. */
  missingScopes: string[];
  /** Slack answered without naming the token's scopes (a proxy may strip the header): nothing is known. */
  scopesUnknown: boolean;
};

/**
 * `reported` is what the SDK read from the header: undefined when the header was absent. An absent header
 * proves nothing, so no permission is called missing then; Slack names a missing one when it refuses a call.
 */
export function grantedScopes(reported: readonly string[] | undefined): GrantedScopes {
  if (reported === undefined) return { scopes: [], missingScopes: [], scopesUnknown: true };
  const scopes = reported.filter((scope) => scope !== '');
  return {
    scopes,
    missingScopes: REQUIRED_SCOPES.filter((scope) => !scopes.includes(scope)),
    scopesUnknown: false,
  };
}
