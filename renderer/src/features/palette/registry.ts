/**
 * The window's one registry of keyboard actions. A module, not a React context, so the palette's
 * host is one element beside the cockpit rather than a wrapper around it; features register while
 * they are mounted (see usePaletteActions) and the host reads the registry when the IC opens it.
 */
import type { PaletteAction, PaletteGroup } from './actions';

type OpenRequest = (query: string) => void;

const actions = new Map<string, PaletteAction>();
let openRequest: OpenRequest | null = null;

const groupOrder: readonly PaletteGroup[] = ['incident', 'tasks', 'runbooks', 'responders', 'log', 'panels'];

/** Adds an action (a later one with the same id replaces it); returns how to take it back. */
export function registerAction(action: PaletteAction): () => void {
  actions.delete(action.id);
  actions.set(action.id, action);
  return () => {
    if (actions.get(action.id) === action) actions.delete(action.id);
  };
}

/** What the palette lists now, grouped (incident, tasks, runbooks, responders, log, panels). */
export function registeredActions(): PaletteAction[] {
  return [...actions.values()].sort((a, b) => groupOrder.indexOf(a.group) - groupOrder.indexOf(b.group));
}

/** Runs the action registered under `id` (a button elsewhere that does what the palette does); false if none is. */
export function runAction(id: string): boolean {
  const action = actions.get(id);
  action?.run();
  return action !== undefined;
}

/** Opens the palette with the IC's query already typed (e.g. "Status:"); no-op without a host. */
export function openPalette(query = ''): void {
  openRequest?.(query);
}

/** The host says how to open it; returns how to stop. */
export function hostPalette(open: OpenRequest): () => void {
  openRequest = open;
  return () => {
    if (openRequest === open) openRequest = null;
  };
}
