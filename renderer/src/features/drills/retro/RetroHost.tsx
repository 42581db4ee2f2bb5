import RateReview from '@mui/icons-material/RateReview';
import Button from '@mui/material/Button';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogLoading, lazyPart } from '../../../app/lazyPart';
import { useDrill } from '../../../db/hooks/useDrill';
import type { Incident } from '../../../domain/incident/types';
import type { PaletteAction } from '../../palette/actions';
import { usePaletteActions } from '../../palette/usePaletteActions';

const RetroDialog = lazyPart(() => import('./RetroDialog').then((m) => m.RetroDialog), {
  fallback: dialogLoading,
});

/**
 * Where a drill's retrospective opens once the drill has ended (the game master ended it, or time ran
 * out): a button beside the incident's controls, and "Retrospective" in the palette.
 */
export function RetroHost({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const drill = useDrill(incident.id);
  const ended = drill?.state?.ended === true;
  const [open, setOpen] = useState(false);
  const actions = useMemo(
    (): PaletteAction[] =>
      ended
        ? [
            {
              id: 'drill.retrospective',
              label: t('drillRetro.open'),
              group: 'incident',
              keywords: t('drillRetro.keywords'),
              run: () => setOpen(true),
            },
          ]
        : [],
    [t, ended],
  );
  usePaletteActions(actions);
  return (
    <>
      {ended ? (
        <Button
          size="small"
          variant="outlined"
          color="inherit"
          startIcon={<RateReview />}
          onClick={() => setOpen(true)}
        >
          {t('drillRetro.open')}
        </Button>
      ) : null}
      {open ? <RetroDialog key={incident.id} incident={incident} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
