// Electron cannot run here, so a small stand-in plays the webContents and session: it records the
// listeners the shell installs, and the test fires the events Electron would fire.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardPermissions, guardWebContents } from '../../../../main/electron/hardening';
import { defaultTrustedOrigins } from '../../../../main/electron/policy';

type WebContents = Parameters<typeof guardWebContents>[0];
type Session = Parameters<typeof guardPermissions>[0];

type WindowOpenHandler = (details: { url: string }) => { action: string };

class StandInContents extends EventEmitter {
  openHandler: WindowOpenHandler | null = null;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.openHandler = handler;
  }
}

function guarded(): StandInContents {
  const contents = new StandInContents();
  guardWebContents(contents as unknown as WebContents, defaultTrustedOrigins);
  return contents;
}

function fire(contents: StandInContents, eventName: string, url: string): boolean {
  let prevented = false;
  contents.emit(eventName, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from the cockpit is stopped',
    (name) => {
      expect(fire(guarded(), name, 'https://example.com/')).toBe(true);
    },
  );

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s within the cockpit goes ahead',
    (name) => {
      expect(fire(guarded(), name, 'app://war-room/incidents/3')).toBe(false);
    },
  );

  it('refuses every new window', () => {
    const contents = guarded();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://war-room/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(fire(guarded(), 'will-attach-webview', 'app://war-room/')).toBe(true);
  });
});

type RequestHandler = (
  contents: unknown,
  permission: string,
  grant: (ok: boolean) => void,
  details: object,
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

function guardedSession(): { request: RequestHandler; check: CheckHandler } {
  const handlers: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
  };
  guardPermissions(session as unknown as Session, defaultTrustedOrigins);
  if (!handlers.request || !handlers.check) throw new Error('permission handlers not installed');
  return { request: handlers.request, check: handlers.check };
}

function request(permission: string, requestingUrl: string): boolean | undefined {
  let granted: boolean | undefined;
  guardedSession().request(null, permission, (ok) => (granted = ok), { requestingUrl, isMainFrame: true });
  return granted;
}

describe('permission guards', () => {
  it('grants notifications and persistent storage to the cockpit', () => {
    expect(request('notifications', 'app://war-room/')).toBe(true);
    expect(request('persistent-storage', 'app://war-room/')).toBe(true);
  });

  it('denies the camera to the cockpit and notifications to anyone else', () => {
    expect(request('media', 'app://war-room/')).toBe(false);
    expect(request('notifications', 'https://example.com/')).toBe(false);
  });

  it('answers permission checks by the requesting origin when no URL is given', () => {
    const { check } = guardedSession();
    expect(check(null, 'notifications', 'app://war-room', { isMainFrame: true })).toBe(true);
    expect(check(null, 'notifications', 'https://example.com', { isMainFrame: true })).toBe(false);
    expect(
      check(null, 'geolocation', 'app://war-room', { requestingUrl: 'app://war-room/', isMainFrame: true }),
    ).toBe(false);
  });
});
