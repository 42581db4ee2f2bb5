import { useCallback, useEffect, useState } from 'react';
import { isBareKey, matchesShortcut, type PaletteAction } from './actions';
import { CommandPalette } from './CommandPalette';
import { isMac } from './isMac';
import { hostPalette, registeredActions } from './registry';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null
  );
}

/** Inside a dialog or an open menu, keys belong to it: shortcuts must not act behind the IC's back. */
function inOverlay(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('[role="dialog"], [role="menu"], [role="listbox"]') !== null
  );
}

/**
 * The command palette (Ctrl/⌘+K, or ?) and the global shortcuts of every registered action. Bare
 * keys (N, A, D…) act only when the IC is not typing; none act while a dialog or menu is open.
 */
export function PaletteHost() {
  const [session, setSession] = useState<{ query: string; actions: PaletteAction[] } | null>(null);
  const open = useCallback((query: string) => setSession({ query, actions: registeredActions() }), []);
  const close = useCallback(() => setSession(null), []);
  const isOpen = session !== null;

  useEffect(() => hostPalette(open), [open]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (matchesShortcut(event, 'mod+k', isMac)) {
        event.preventDefault();
        if (isOpen) close();
        else open('');
        return;
      }
      if (isOpen || inOverlay(event.target)) return;
      const typing = isEditable(event.target);
      if (!typing && matchesShortcut(event, '?', isMac)) {
        event.preventDefault();
        open('');
        return;
      }
      const action = registeredActions().find(
        (a) =>
          a.shortcut !== undefined &&
          !(typing && isBareKey(a.shortcut)) &&
          matchesShortcut(event, a.shortcut, isMac),
      );
      if (action === undefined) return;
      event.preventDefault();
      action.run();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isOpen, open, close]);

  return session === null ? null : (
    <CommandPalette initialQuery={session.query} actions={session.actions} onClose={close} />
  );
}
