/**
 * "Start a drill" is asked for from two places (the palette, the button beside Declare in the incident
 * bar) and answered by one dialog in DrillsHost: a module-level channel like the cockpit's intents.
 */
import { useEffect, useRef } from 'react';

const listeners = new Set<() => void>();

/** Opens the start-a-drill dialog; no-op when no host is mounted. */
export function openStartDrill(): void {
  for (const listener of listeners) listener();
}

/** Hears the requests while the caller is mounted. */
export function useStartDrillRequests(handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = () => latest.current();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
