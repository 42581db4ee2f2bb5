/**
 * Who the desktop shell trusts, as pure functions with no `electron` import so they are unit-tested.
 * The cockpit lives at one origin, `app://war-room`; every navigation, permission and bridge call is
 * judged against the list of trusted origins built here, and anything else is refused.
 */
export const appScheme = 'app';
export const appHost = 'war-room';
export const appOrigin = `${appScheme}://${appHost}`;
/** Where the window opens: the single-page app decides the rest of the route itself. */
export const appEntryUrl = `${appOrigin}/`;

export type TrustedOrigins = readonly string[];

export const defaultTrustedOrigins: TrustedOrigins = [appOrigin];

/** The only permissions the cockpit asks for: keep the incident data on disk, and nag the IC. */
export const allowedPermissions: readonly string[] = ['persistent-storage', 'notifications'];

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Built by hand because Node's URL reports
 * the origin of a custom scheme as "null".
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when the URL belongs to the cockpit itself, so the window may go there. */
export function isAppUrl(
  url: string | undefined | null,
  origins: TrustedOrigins = defaultTrustedOrigins,
): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}

/** True when a bridge call comes from a frame showing the cockpit (Electron security checklist item 17). */
export function isTrustedSender(
  frameUrl: string | undefined | null,
  origins: TrustedOrigins = defaultTrustedOrigins,
): boolean {
  return isAppUrl(frameUrl, origins);
}

/** True only for the cockpit's own storage and notification requests; camera, geolocation and the rest stay off. */
export function isAllowedPermission(
  permission: string,
  requestingUrl: string | undefined | null,
  origins: TrustedOrigins = defaultTrustedOrigins,
): boolean {
  return allowedPermissions.includes(permission) && isAppUrl(requestingUrl, origins);
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origins the shell trusts: always the app origin, plus electron-vite's loopback dev server while
 * developing. A packaged build ignores the dev server variable, so nobody can point it elsewhere.
 */
export function trustedOriginsFor(devServerUrl: string | undefined, isPackaged: boolean): TrustedOrigins {
  if (isPackaged || devServerUrl === undefined) return defaultTrustedOrigins;
  let parsed: URL;
  try {
    parsed = new URL(devServerUrl);
  } catch {
    return defaultTrustedOrigins;
  }
  const isLoopbackHttp = parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname);
  const origin = originOf(devServerUrl);
  return isLoopbackHttp && origin !== null ? [appOrigin, origin] : defaultTrustedOrigins;
}
