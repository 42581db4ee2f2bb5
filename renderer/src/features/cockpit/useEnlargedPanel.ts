import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import type { CockpitPanel } from './CockpitSlot';
import { useCockpitIntent } from './intents';

const panels: readonly CockpitPanel[] = ['nudges', 'roster', 'load', 'tasks', 'broadcasts', 'log'];

/** The panel around the keyboard focus, if any: F enlarges the one the IC is working in. */
function focusedPanel(): CockpitPanel | null {
  const slot = document.activeElement?.closest<HTMLElement>('[data-cockpit-slot]');
  return panels.find((p) => p === slot?.dataset['cockpitSlot']) ?? null;
}

/** Which panel fills the cockpit: F toggles the focused one, Escape gives the whole cockpit back. */
export function useEnlargedPanel(): [CockpitPanel | null, (panel: CockpitPanel | null) => void] {
  const { t } = useTranslation();
  const [enlarged, setEnlarged] = useState<CockpitPanel | null>(null);

  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'panel.enlarge',
        label: t('cockpit.enlargePanel'),
        group: 'panels',
        shortcut: 'f',
        keywords: 'full screen maximise',
        run: () => setEnlarged((current) => (current !== null ? null : focusedPanel())),
      },
    ],
    [t],
  );
  usePaletteActions(actions);
  // Synchronous, so the jump that asked can focus its target in the same keystroke.
  useCockpitIntent((intent) => {
    if (intent.kind === 'whole-cockpit') flushSync(() => setEnlarged(null));
  });

  useEffect(() => {
    if (enlarged === null) return;
    function onKeyDown(event: KeyboardEvent) {
      // A dialog or menu on top takes its own Escape.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"], [role="menu"], [role="listbox"]') !== null) return;
      setEnlarged(null);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enlarged]);

  return [enlarged, setEnlarged];
}
