import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaletteAction } from '../palette/actions';
import { usePaletteActions } from '../palette/usePaletteActions';
import { RoomDialog } from './RoomDialog';

/** The palette's "Shared war room…" and its dialog. */
export function RoomEntry() {
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
