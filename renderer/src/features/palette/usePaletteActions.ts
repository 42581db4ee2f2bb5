import { useEffect, useRef } from 'react';
import type { PaletteAction } from './actions';
import { registerAction } from './registry';

/**
 * Registers actions in the palette (and their shortcuts) while the calling component is mounted.
 * `run` may close over fresh state: the latest one is called, and the registry only changes when
 * ids, labels, shortcuts or keywords do.
 */
export function usePaletteActions(actions: readonly PaletteAction[]): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  const signature = actions
    .map((a) => [a.id, a.label, a.group, a.shortcut ?? '', a.keywords ?? ''].join('\u0000'))
    .join('\n');
  useEffect(() => {
    const offs = latest.current.map((action) =>
      registerAction({ ...action, run: () => latest.current.find((a) => a.id === action.id)?.run() }),
    );
    return () => {
      for (const off of offs) off();
    };
  }, [signature]);
}
