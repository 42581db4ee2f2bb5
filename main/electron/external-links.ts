/**
 * Which links the cockpit may open in the user's browser: only https pages on Slack ("Open in Slack"
 * on a broadcast), either Slack's own domains or the connected workspace's own address. Everything else
 * stays denied. Pure, with no `electron` import, so the allow-list is unit-tested.
 */

/** Slack's own hosts; `*.slack.com` covers every workspace (acme.slack.com) and app.slack.com. */
const slackDomain = 'slack.com';

function parsedHttps(url: string | undefined | null): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // A user name or password in a link is a way to disguise where it goes.
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
    if (parsed.port !== '' && parsed.port !== '443') return null;
    return parsed;
  } catch {
    return null;
  }
}

function isSlackHost(hostname: string): boolean {
  return hostname === slackDomain || hostname.endsWith(`.${slackDomain}`);
}

/**
 * True when `url` may open in the browser: https, and on slack.com, a subdomain of it, or the host of
 * the connected workspace's address (`workspaceUrl`, from auth.test: an Enterprise Grid domain may differ).
 */
export function isAllowedExternalLink(url: string, workspaceUrl?: string | null): boolean {
  const link = parsedHttps(url);
  if (link === null) return false;
  if (isSlackHost(link.hostname)) return true;
  const workspace = parsedHttps(workspaceUrl);
  return workspace !== null && link.hostname === workspace.hostname;
}

/**
 * The shell's link opener: asks the allow-list with the workspace address known right now (read on
 * every click, so connecting another workspace needs no restart), then hands the link to `openInBrowser`
 * (Electron's `shell.openExternal`). Answers whether it opened the link.
 */
export function createExternalLinkOpener(
  workspaceUrl: () => Promise<string | null | undefined>,
  openInBrowser: (url: string) => Promise<void>,
): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!isAllowedExternalLink(url, await workspaceUrl())) return false;
    await openInBrowser(url);
    return true;
  };
}
