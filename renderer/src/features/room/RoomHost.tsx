import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogLoading, lazyPart } from '../../app/lazyPart';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';

const RoomDialog = lazyPart(() => import('./parts').then((m) => m.RoomDialog), {
  fallback: dialogLoading,
});

/** The room's sync loop and its line under the incident list, fetched after the first screen. */
export const RoomLine = lazyPart(() => import('./parts').then((m) => m.RoomLink));

/** The palette's "Shared war room…" and its dialog; mounted once in the app, its code loaded on first use. */
export function RoomHost() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'room.open',
        label: t('room.open'),
        group: 'incident',
        keywords: t('room.keywords'),
        run: () => setOpen(true),
      },
    ],
    [t],
  );
  usePaletteActions(actions);
  return open ? <RoomDialog onClose={() => setOpen(false)} /> : null;
}
