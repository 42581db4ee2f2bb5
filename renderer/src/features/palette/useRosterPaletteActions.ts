import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaletteAction } from './actions';
import { usePaletteActions } from './usePaletteActions';

/** The roster's dialogs in the palette: check in (I) and hand over command (H). */
export function useRosterPaletteActions(open: { checkIn: () => void; handOver: () => void }): void {
  const { t } = useTranslation();
  const { checkIn, handOver } = open;
  const actions = useMemo(
    (): PaletteAction[] => [
      { id: 'roster.check-in', label: t('roster.checkIn'), group: 'responders', shortcut: 'i', run: checkIn },
      {
        id: 'roster.hand-over',
        label: t('roster.handOver'),
        group: 'responders',
        shortcut: 'h',
        keywords: 'commander IC',
        run: handOver,
      },
    ],
    [t, checkIn, handOver],
  );
  usePaletteActions(actions);
}
