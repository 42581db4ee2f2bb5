/**
 * "Resolve this incident", asked from anywhere (the status picker, the command palette): one channel
 * to the one place that confirms it, so every path asks the same questions before resolving.
 */
import { useEffect, useRef } from 'react';

type Listener = (incidentId: string) => void;

const listeners = new Set<Listener>();

/** Asks the mounted incident controls to resolve the incident, confirming first when work is open. */
export function askToResolve(incidentId: string): void {
  for (const listener of listeners) listener(incidentId);
}

/** Hears resolve requests while the caller is mounted; the latest handler is called. */
export function useResolveRequests(handler: Listener): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: Listener = (incidentId) => latest.current(incidentId);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
