/**
 * Keeps every web page the shell creates inside the cockpit: no navigation or redirect away from our
 * origin, no new windows, no <webview>, no permission beyond storage and notifications. Type-only
 * `electron` import: the listeners are wired here and judged by the pure policy.
 */
import type { Session, WebContents } from 'electron';
import { logger } from '../services/logger';
import { isAllowedPermission, isAppUrl, type TrustedOrigins } from './policy';

type Preventable = { preventDefault: () => void };

/** Opens a link in the user's browser when the allow-list says so; answers whether it did. */
export type ExternalLinkOpener = (url: string) => Promise<boolean>;

/**
 * Installs the navigation, window and webview guards on one webContents (call it for every one created).
 * A new window is always denied; an allowed Slack link (`target="_blank"`) goes to the user's browser.
 */
export function guardWebContents(
  contents: WebContents,
  origins: TrustedOrigins,
  openExternalLink?: ExternalLinkOpener,
): void {
  const stayInCockpit = (event: Preventable & { url: string }) => {
    if (isAppUrl(event.url, origins)) return;
    event.preventDefault();
    logger.warn(`blocked navigation away from War Room to ${originOrUrl(event.url)}`);
  };
  contents.on('will-navigate', stayInCockpit);
  contents.on('will-frame-navigate', stayInCockpit);
  contents.on('will-redirect', stayInCockpit);
  contents.on('will-attach-webview', (event: Preventable) => {
    event.preventDefault();
    logger.warn('blocked a <webview> in War Room');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const refused = () => logger.warn(`blocked a new window for ${originOrUrl(url)}`);
    if (openExternalLink === undefined) refused();
    else
      void openExternalLink(url).then(
        (opened) => opened || refused(),
        (error: unknown) => logger.error(`could not open ${originOrUrl(url)} in the browser`, error),
      );
    return { action: 'deny' };
  });
}

/** Answers permission requests and checks for a session: only our origin, only the allowed permissions. */
export function guardPermissions(session: Session, origins: TrustedOrigins): void {
  session.setPermissionRequestHandler((_contents, permission, grant, details) => {
    grant(isAllowedPermission(permission, details.requestingUrl, origins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isAllowedPermission(permission, details.requestingUrl ?? requestingOrigin, origins),
  );
}

// Logs say where a blocked request went without copying tokens from its query string into the log.
function originOrUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? parsed.protocol : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'an unreadable URL';
  }
}
