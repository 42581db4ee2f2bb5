/**
 * When this session of the cockpit started, and when War Room was last seen running before it: what came due in
 * between came due while the app was closed, and is shown to the IC instead of being sent. Device-local, so
 * kept in localStorage like the IC's other preferences.
 */
const lastSeenKey = 'warroom.broadcasts.lastSeenAt';
const dismissedKey = 'warroom.broadcasts.missedDismissed';

/** Read once when the module loads: before this session writes its own "last seen". */
export const sessionStartedAt = Date.now();
const storedLastSeen = Number(localStorage.getItem(lastSeenKey));
/** Null on the very first run: nothing can have been missed then. */
export const lastSeenBeforeSession: number | null =
  Number.isFinite(storedLastSeen) && storedLastSeen > 0 ? storedLastSeen : null;

/** Notes that War Room is running now; called every few seconds while a cockpit is open. */
export function markSeen(now: number): void {
  localStorage.setItem(lastSeenKey, String(now));
}

function dismissed(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(dismissedKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Whether the IC already dismissed the missed update due at `dueAt` for this incident. */
export function isMissedDismissed(incidentId: string, dueAt: number): boolean {
  return dismissed()[incidentId] === dueAt;
}

export function dismissMissed(incidentId: string, dueAt: number): void {
  localStorage.setItem(dismissedKey, JSON.stringify({ ...dismissed(), [incidentId]: dueAt }));
}
