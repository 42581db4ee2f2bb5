import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  isAllowedPermission,
  isAppUrl,
  isTrustedSender,
  originOf,
  trustedOriginsFor,
} from '../../../../main/electron/policy';

describe('the cockpit origin', () => {
  it('is app://war-room, where the window opens', () => {
    expect(appEntryUrl).toBe('app://war-room/');
    expect(originOf('app://war-room/incidents/42?tab=roster')).toBe('app://war-room');
  });

  it('keeps the window on any page of the app', () => {
    expect(isAppUrl('app://war-room/')).toBe(true);
    expect(isAppUrl('app://war-room/incidents/42#log')).toBe(true);
  });

  it.each([
    ['another website', 'https://example.com/'],
    ['a look-alike host', 'app://war-room.evil.example/'],
    ['a host that merely starts like ours', 'app://war-roomx/'],
    ['another host on our scheme', 'app://other/'],
    ['the same host on another scheme', 'https://war-room/'],
    ['a local file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['the dev server when not developing', 'http://localhost:5173/'],
    ['nothing', ''],
    ['garbage', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('bridge callers', () => {
  it('accepts the cockpit page', () => {
    expect(isTrustedSender('app://war-room/index.html')).toBe(true);
  });

  it('refuses a frame from elsewhere, or a frame already gone', () => {
    expect(isTrustedSender('https://attacker.example/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('permissions', () => {
  it('grants storage persistence and notifications to the cockpit', () => {
    expect(isAllowedPermission('persistent-storage', 'app://war-room/')).toBe(true);
    expect(isAllowedPermission('notifications', 'app://war-room/incidents/7')).toBe(true);
  });

  it.each(['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown'])(
    'denies %s even to the cockpit',
    (permission) => {
      expect(isAllowedPermission(permission, 'app://war-room/')).toBe(false);
    },
  );

  it('denies notifications to any other origin', () => {
    expect(isAllowedPermission('notifications', 'https://example.com/')).toBe(false);
    expect(isAllowedPermission('persistent-storage', undefined)).toBe(false);
  });
});

describe('trusted origins while developing', () => {
  it('adds the loopback dev server only in an unpackaged build', () => {
    expect(trustedOriginsFor('http://localhost:5173', false)).toEqual([
      'app://war-room',
      'http://localhost:5173',
    ]);
    expect(trustedOriginsFor('http://localhost:5173', true)).toEqual(['app://war-room']);
    expect(trustedOriginsFor(undefined, false)).toEqual(['app://war-room']);
  });

  it('ignores a dev server that is not on this machine', () => {
    expect(trustedOriginsFor('http://evil.example:5173', false)).toEqual(['app://war-room']);
    expect(trustedOriginsFor('https://localhost:5173', false)).toEqual(['app://war-room']);
    expect(trustedOriginsFor('nonsense', false)).toEqual(['app://war-room']);
  });

  it('lets the dev server page navigate and call the bridge while developing', () => {
    const origins = trustedOriginsFor('http://127.0.0.1:5173/', false);
    expect(isAppUrl('http://127.0.0.1:5173/incidents', origins)).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:5174/', origins)).toBe(false);
  });
});
