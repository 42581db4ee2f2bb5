import { describe, expect, it } from 'vitest';
import { grantedScopes } from '../../../../../main/services/slack/scopes';

describe('the permissions Slack reports for a token', () => {
  it('names those War Room needs and the token lacks', () => {
    expect(grantedScopes(['chat:write', 'channels:read'])).toEqual({
      scopes: ['chat:write', 'channels:read'],
      missingScopes: ['channels:history', 'channels:manage'],
      scopesUnknown: false,
    });
  });

  it('says nothing is missing when every one is granted', () => {
    const all = ['chat:write', 'channels:read', 'channels:history', 'channels:manage', 'groups:read'];
    expect(grantedScopes(all)).toMatchObject({ missingScopes: [], scopesUnknown: false });
  });

  it('when Slack did not say (no X-OAuth-Scopes header), calls them unknown, not missing', () => {
    expect(grantedScopes(undefined)).toEqual({ scopes: [], missingScopes: [], scopesUnknown: true });
  });

  it('when Slack said the token has none (an empty header), calls every one missing', () => {
    expect(grantedScopes([''])).toEqual({
      scopes: [],
      missingScopes: ['chat:write', 'channels:read', 'channels:history', 'channels:manage'],
      scopesUnknown: false,
    });
  });
});
