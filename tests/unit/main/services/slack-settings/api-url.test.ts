import { describe, expect, it } from 'vitest';
import { checkSlackApiUrl } from '../../../../../main/services/slack-settings';

describe('the Slack API address the user types', () => {
  it('accepts https anywhere and adds the trailing slash WebClient needs', () => {
    expect(checkSlackApiUrl('https://slack.com/api/')).toBe('https://slack.com/api/');
    expect(checkSlackApiUrl(' https://acme.enterprise.slack.com/api ')).toBe(
      'https://acme.enterprise.slack.com/api/',
    );
  });
  it('accepts plain http only to this computer', () => {
    expect(checkSlackApiUrl('http://127.0.0.1:4999/api/')).toBe('http://127.0.0.1:4999/api/');
    expect(checkSlackApiUrl('http://localhost:4999/api')).toBe('http://localhost:4999/api/');
    expect(checkSlackApiUrl('http://[::1]:4999/api/')).toBe('http://[::1]:4999/api/');
    expect(() => checkSlackApiUrl('http://slack.example.com/api/')).toThrow(/https/);
    expect(() => checkSlackApiUrl('http://127.0.0.1.evil.example/api/')).toThrow(/https/);
  });
  it('refuses other schemes, credentials, queries and things that are not addresses', () => {
    expect(() => checkSlackApiUrl('file:///etc/passwd')).toThrow(/https/);
    expect(() => checkSlackApiUrl('ftp://slack.com/api/')).toThrow(/https/);
    expect(() => checkSlackApiUrl('https://user:pw@slack.com/api/')).toThrow(/password/);
    expect(() => checkSlackApiUrl('https://slack.com/api/?x=1')).toThrow(/\?/);
    expect(() => checkSlackApiUrl('slack.com')).toThrow(/not a web address/);
  });
});
