import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaletteAction } from '../../palette/actions';
import { usePaletteActions } from '../../palette/usePaletteActions';
import { dialogLoading, lazyPart } from '../../../app/lazyPart';

// Renders nothing: its code (what takes a snapshot) starts the schedule a moment after the first paint.
const SnapshotScheduler = lazyPart(() => import('./SnapshotScheduler').then((m) => m.SnapshotScheduler));

const BackupsDialog = lazyPart(() => import('./BackupsDialog').then((m) => m.BackupsDialog), {
  fallback: dialogLoading,
});

/** The automatic snapshots and the palette's "Backups" command with its dialog; mounted once in the app. */
export function SnapshotsHost() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const actions = useMemo(
    (): PaletteAction[] => [
      {
        id: 'snapshots.open',
        label: t('snapshots.open'),
        group: 'incident',
        keywords: t('snapshots.keywords'),
        run: () => setOpen(true),
      },
    ],
    [t],
  );
  usePaletteActions(actions);
  return (
    <>
      <SnapshotScheduler />
      {open ? <BackupsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
