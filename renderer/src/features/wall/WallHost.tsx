import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../domain/incident/types';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import { WallDisplay } from './WallDisplay';
import { addWallStrings } from './wallStrings';

addWallStrings();

/** `#wall` in the address opens the wall at once: a second window or the room's screen points there. */
const wallHash = '#wall';

/**
 * The palette's "Wall display" and the wall itself over the cockpit, for the incident the cockpit shows.
 * Fetched with the room's parts just after the first screen (features/room/parts.ts), so the action is
 * in the palette a moment after start.
 */
export function WallHost({ incident }: { incident: Incident | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => window.location.hash === wallHash);
  useEffect(() => {
    const follow = () => setOpen(window.location.hash === wallHash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'wall.open',
        label: t('wall.title'),
        group: 'incident',
        keywords: t('wall.keywords'),
        run: () => setOpen(true),
      },
    ],
    [t],
  );
  usePaletteActions(actions);
  if (!open) return null;
  return (
    <WallDisplay
      incident={incident}
      onClose={() => {
        if (window.location.hash === wallHash) history.replaceState(null, '', window.location.pathname);
        setOpen(false);
      }}
    />
  );
}
