/**
 * What one part of the cockpit asks another to open, e.g. a nudge asking the roster to send
 * someone to rest. A module-level channel like the palette's registry: the panel that owns the
 * dialog listens while it is mounted, so no dialog is duplicated and no panel is wrapped.
 */
import { useEffect, useRef } from 'react';

export type CockpitIntent =
  | { kind: 'rest'; personId: string }
  | { kind: 'hand-over' }
  | { kind: 'assign'; taskId: string | null }
  | { kind: 'check-back'; taskId: string }
  | { kind: 'compose' }
  | { kind: 'whole-cockpit' }
  /** Every path to Resolved (status picker, palette) asks the same questions first. */
  | { kind: 'resolve'; incidentId: string };

type Listener = (intent: CockpitIntent) => void;

const listeners = new Set<Listener>();

/** Asks whichever panel owns it to open what the intent names; no-op when none is mounted. */
export function sendIntent(intent: CockpitIntent): void {
  for (const listener of listeners) listener(intent);
}

/** Hears intents while the caller is mounted; the latest handler is called, so it may close over state. */
export function useCockpitIntent(handler: Listener): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: Listener = (intent) => latest.current(intent);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
